// The report itself (DESIGN.md §5), complete: --top does not cut it, so a script always sees every file.
// Key order is the model's, as the screen step built it; it is not re-sorted here.
import type { Reporter } from "./options.js";

export const renderJson: Reporter = (report) => JSON.stringify(report, null, 2) + "\n";
