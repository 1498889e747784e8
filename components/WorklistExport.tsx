import { useEffect, useMemo } from 'preact/hooks';
import { BATCH_LIMITS, exportNumberFiles, worklistToCsv, type BatchTool } from '../lib/oclc/worklist-export';
import type { WorklistEntry } from '../lib/oclc/worklist';
import { type MessageKey, t, tn } from './i18n';

export interface WorklistExportProps {
  entries: readonly WorklistEntry[];
  /** The institution's OCLC symbol, for file names (e.g. oclc-delete-cuy-connexion.txt). */
  symbol: string;
}

interface DownloadFile {
  tool: BatchTool | 'csv';
  name: string;
  description: string;
  text: string;
  type: string;
}

const TOOLS: ReadonlyArray<{ tool: BatchTool; heading: MessageKey; how: MessageKey }> = [
  { tool: 'connexion', heading: 'worklist_connexion', how: 'worklist_connexionHow' },
  { tool: 'record-manager', heading: 'worklist_recordManager', how: 'worklist_recordManagerHow' },
];

/**
 * Number files of the pending entries, one number per line, split per action and per the tool's limit,
 * plus the whole list as CSV. Plain links to Blob URLs with `download`: no downloads permission needed.
 */
export function WorklistExport({ entries, symbol }: WorklistExportProps) {
  const files = useMemo(() => exportFiles(entries, symbol), [entries, symbol]);
  const urls = useMemo(
    () => files.map((file) => URL.createObjectURL(new Blob([file.text], { type: file.type }))),
    [files],
  );
  useEffect(
    () => () => {
      for (const url of urls) URL.revokeObjectURL(url);
    },
    [urls],
  );
  const pending = entries.filter((entry) => entry.status === 'pending').length;
  return (
    <section class="worklist-export" aria-labelledby="export-heading">
      <h2 id="export-heading">{t('worklist_export')}</h2>
      {TOOLS.map(({ tool, heading, how }) => (
        <div key={tool} class="export-tool">
          <h3>{t(heading)}</h3>
          <p class="muted">{t(how, BATCH_LIMITS[tool].toLocaleString())}</p>
          {pending === 0 ? (
            <p class="muted">{t('worklist_noPending')}</p>
          ) : (
            <ul>
              {files.map((file, index) =>
                file.tool === tool ? (
                  <li key={file.name}>
                    <a href={urls[index]} download={file.name} data-testid="export-file" data-tool={tool}>
                      {file.name}
                    </a>{' '}
                    <span class="muted">({file.description})</span>
                  </li>
                ) : null,
              )}
            </ul>
          )}
        </div>
      ))}
      <div class="export-tool">
        <h3>{t('worklist_spreadsheet')}</h3>
        <ul>
          {files.map((file, index) =>
            file.tool === 'csv' ? (
              <li key={file.name}>
                <a href={urls[index]} download={file.name} data-testid="export-file" data-tool="csv">
                  {file.name}
                </a>{' '}
                <span class="muted">({file.description})</span>
              </li>
            ) : null,
          )}
        </ul>
      </div>
    </section>
  );
}

function exportFiles(entries: readonly WorklistEntry[], symbol: string): DownloadFile[] {
  const label = symbol.trim() || 'holdings';
  const files: DownloadFile[] = [];
  for (const { tool } of TOOLS) {
    for (const file of exportNumberFiles(entries, tool, `${label}-${tool}`)) {
      const what = tn(file.action === 'set' ? 'worklist_fileSet' : 'worklist_fileDelete', file.count);
      files.push({
        tool,
        name: file.fileName,
        description: file.parts > 1 ? t('worklist_filePart', what, file.part, file.parts) : what,
        text: file.text,
        type: 'text/plain;charset=utf-8',
      });
    }
  }
  files.push({
    tool: 'csv',
    name: `oclc-worklist-${label.toLowerCase().replace(/[^a-z0-9]+/g, '-')}.csv`,
    description: tn('worklist_fileCsv', entries.length),
    text: worklistToCsv(entries),
    type: 'text/csv;charset=utf-8',
  });
  return files;
}
