#!/usr/bin/env node
// Only sets the exit code: everything else lives in src/cli.ts.
import { main } from "../dist/cli.js";

process.exitCode = await main(process.argv);
