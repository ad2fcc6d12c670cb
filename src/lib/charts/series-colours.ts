/**
 * One colour per series across a document: a series keeps its palette slot
 * in every figure of the document (执行额 is the same blue in 图 1-1 and
 * 图 1-2), and the series of one figure never share a slot.
 */

/** Slots by series name, for the figures of one document in reading order (each figure: its series names). */
export function assignSeriesColours(figures: readonly (readonly string[])[], size: number): Map<string, number> {
  const slots = new Map<string, number>();
  const uses = new Array<number>(size).fill(0);
  // Only a series drawn in more than one figure needs a fixed slot; the others take their figure's first free one.
  const figuresOf = new Map<string, number>();
  for (const names of figures) for (const name of new Set(names)) figuresOf.set(name, (figuresOf.get(name) ?? 0) + 1);
  for (const names of figures) {
    const taken = new Set(names.filter((n) => slots.has(n)).map((n) => slots.get(n)!));
    for (const name of names) {
      if (slots.has(name) || figuresOf.get(name)! < 2) continue;
      // The least used slot not taken in this figure, so names spread over the palette and rarely clash later.
      let best = -1;
      for (let i = 0; i < size; i++) if (!taken.has(i) && (best < 0 || uses[i]! < uses[best]!)) best = i;
      if (best < 0) best = firstFree(taken, size);
      slots.set(name, best);
      uses[best] = uses[best]! + 1;
      taken.add(best);
    }
  }
  return slots;
}

/** Slots for the series of one figure: the document's where they do not clash, else the first free one. */
export function figureColours(names: readonly string[], documentSlots: ReadonlyMap<string, number> | undefined, size: number): Map<string, number> {
  const out = new Map<string, number>();
  const taken = new Set<number>();
  const wanted = names.map((n) => documentSlots?.get(n));
  // Names with a document slot first, so a new name cannot take a slot another series of this figure is known by.
  for (const [i, name] of names.entries()) {
    const slot = wanted[i];
    if (slot !== undefined && !taken.has(slot)) {
      out.set(name, slot);
      taken.add(slot);
    }
  }
  for (const name of names) {
    if (out.has(name)) continue;
    const free = firstFree(taken, size);
    out.set(name, free);
    taken.add(free);
  }
  return out;
}

function firstFree(taken: ReadonlySet<number>, size: number): number {
  for (let i = 0; i < size; i++) if (!taken.has(i)) return i;
  return taken.size % size;
}
