// A reader that cannot start: the pool must fail its files with INTERNAL, not respawn it forever.
throw new Error("missing module");
