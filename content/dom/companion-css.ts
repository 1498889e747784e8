import checklist from '../../components/Checklist.css?inline';
import findingItem from '../../components/FindingItem.css?inline';
import findingsPanel from '../../components/FindingsPanel.css?inline';
import oclcReminder from '../../components/OclcReminder.css?inline';
import pageStatusPanel from '../../components/PageStatusPanel.css?inline';
import saveReminderBanner from '../../components/SaveReminderBanner.css?inline';
import severityBadge from '../../components/SeverityBadge.css?inline';
import visuallyHidden from '../../components/visually-hidden.css?inline';

/**
 * The stylesheet of every panel the content script mounts, bundled as text and put into each shadow root.
 * Not a file fetched from the extension: that would need it web-accessible on every host the content
 * script runs on, including the extra Alma host names a library adds in the options page (registered at
 * run time, where the manifest's web_accessible_resources do not reach), and would let any of those pages
 * probe for the extension.
 */
export const COMPANION_CSS = [
  findingsPanel,
  findingItem,
  severityBadge,
  checklist,
  oclcReminder,
  pageStatusPanel,
  saveReminderBanner,
  visuallyHidden,
].join('\n');
