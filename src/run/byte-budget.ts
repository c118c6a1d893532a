// A cap on the file bytes held in memory at once. Files are read ahead of the workers so that none waits on
// the disk, but a folder of 20 MB PDFs must not be read into memory all at once while two workers chew
// through it. A file larger than the whole budget still goes through, alone.

export class ByteBudget {
  private used = 0;
  private readonly waiting: { bytes: number; start: () => void }[] = [];

  constructor(private readonly limit: number) {}

  /** Resolves once `bytes` more fit (or nothing else is held); pair every acquire with a release. */
  acquire(bytes: number): Promise<void> {
    if (this.waiting.length === 0 && this.fits(bytes)) {
      this.used += bytes;
      return Promise.resolve();
    }
    return new Promise((start) => this.waiting.push({ bytes, start }));
  }

  release(bytes: number): void {
    this.used -= bytes;
    // First come, first served: a large file is not starved by a stream of small ones.
    while (this.waiting.length > 0 && this.fits(this.waiting[0]!.bytes)) {
      const next = this.waiting.shift()!;
      this.used += next.bytes;
      next.start();
    }
  }

  private fits(bytes: number): boolean {
    return this.used === 0 || this.used + bytes <= this.limit;
  }
}
