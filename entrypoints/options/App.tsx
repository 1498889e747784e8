import { features } from '../../lib/features';

/** Options page. For now it lists the page features; settings and toggles arrive with later issues. */
export function App() {
  return (
    <main class="page">
      <h1>Alma Cataloger Companion</h1>
      <h2>Features on Alma pages</h2>
      <ul data-testid="feature-list">
        {features.map((feature) => (
          <li key={feature.id}>
            <strong>{feature.id}</strong>: {feature.description}
          </li>
        ))}
      </ul>
    </main>
  );
}
