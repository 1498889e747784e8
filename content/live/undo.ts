/** A fix that was applied and can be taken back. `undo` throws with a readable message when it cannot. */
export interface UndoEntry {
  description: string;
  undo(): void;
}
