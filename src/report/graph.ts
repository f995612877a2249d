// Pure directed-graph algorithms over milestones (or their ids) and dependency edges: strongly
// connected components, the cycles among them, and a stable dependency order. No I/O and no
// Node imports: the dashboard's browser bundle uses this through the graph model.

/** A directed edge between two nodes. */
export interface GraphLink<T> {
  readonly from: T;
  readonly to: T;
}

/**
 * Strongly connected components (Tarjan), iterative so that a chain of thousands of nodes cannot
 * overflow the call stack. Roots are taken in `nodes` order; each component lists its members in
 * the order Tarjan pops them (its root last), and components come out in completion order.
 * Nodes are compared by identity (`Map` keys); a successor not in `nodes` is visited too.
 */
export function stronglyConnected<T>(nodes: readonly T[], successors: (node: T) => readonly T[]): T[][] {
  const index = new Map<T, number>();
  const low = new Map<T, number>();
  const onStack = new Set<T>();
  const stack: T[] = [];
  const out: T[][] = [];
  let next = 0;
  const open = (v: T): { v: T; next: readonly T[]; i: number } => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    return { v, next: successors(v), i: 0 };
  };
  for (const root of nodes) {
    if (index.has(root)) continue;
    const frames = [open(root)];
    while (frames.length > 0) {
      const frame = frames[frames.length - 1]!;
      const { v } = frame;
      if (frame.i < frame.next.length) {
        const to = frame.next[frame.i++]!;
        if (!index.has(to)) frames.push(open(to));
        else if (onStack.has(to)) low.set(v, Math.min(low.get(v)!, index.get(to)!));
        continue;
      }
      frames.pop();
      const parent = frames[frames.length - 1];
      if (parent) low.set(parent.v, Math.min(low.get(parent.v)!, low.get(v)!));
      if (low.get(v) === index.get(v)) {
        const comp: T[] = [];
        let w: T;
        do {
          w = stack.pop()!;
          onStack.delete(w);
          comp.push(w);
        } while (w !== v);
        out.push(comp);
      }
    }
  }
  return out;
}

/** The components that hold a cycle: two or more members, or one member that depends on itself. */
export function cyclicComponents<T>(nodes: readonly T[], successors: (node: T) => readonly T[]): T[][] {
  return stronglyConnected(nodes, successors).filter((c) => c.length > 1 || successors(c[0]!).includes(c[0]!));
}

/** A successor function over an edge list (edges kept in their given order, duplicates kept). */
export function successorsOf<T>(links: readonly GraphLink<T>[]): (node: T) => readonly T[] {
  const out = new Map<T, T[]>();
  for (const e of links) {
    const list = out.get(e.from);
    if (list) list.push(e.to);
    else out.set(e.from, [e.to]);
  }
  return (node) => out.get(node) ?? [];
}

/**
 * Nodes in dependency order (an edge's `from` before its `to`): repeatedly the first node in
 * `nodes` order whose predecessors are all placed; when only cycles are left, the first unplaced
 * node. Stable: with no edges the order is `nodes` (each node once). Self-loops are ignored.
 */
export function dependencyOrderOf<T>(nodes: readonly T[], links: readonly GraphLink<T>[]): T[] {
  const indeg = new Map<T, number>(nodes.map((n) => [n, 0]));
  const out = new Map<T, T[]>();
  for (const e of links) {
    if (e.from === e.to) continue;
    indeg.set(e.to, (indeg.get(e.to) ?? 0) + 1);
    const list = out.get(e.from);
    if (list) list.push(e.to);
    else out.set(e.from, [e.to]);
  }
  const unique = [...new Set(nodes)];
  const index = new Map<T, number>(unique.map((n, i) => [n, i]));
  // Ready nodes by their place in `nodes` (a binary min-heap): the first ready node in
  // O(log n), so 200,000 milestones order in well under a second instead of minutes.
  const heap: number[] = [];
  const push = (i: number): void => {
    heap.push(i);
    for (let c = heap.length - 1; c > 0; ) {
      const p = (c - 1) >> 1;
      if (heap[p]! <= heap[c]!) break;
      [heap[p], heap[c]] = [heap[c]!, heap[p]!];
      c = p;
    }
  };
  const pop = (): number => {
    const top = heap[0]!;
    const last = heap.pop()!;
    if (heap.length > 0) {
      heap[0] = last;
      for (let p = 0; ; ) {
        const l = 2 * p + 1;
        const r = l + 1;
        let m = p;
        if (l < heap.length && heap[l]! < heap[m]!) m = l;
        if (r < heap.length && heap[r]! < heap[m]!) m = r;
        if (m === p) break;
        [heap[p], heap[m]] = [heap[m]!, heap[p]!];
        p = m;
      }
    }
    return top;
  };
  unique.forEach((n, i) => {
    if ((indeg.get(n) ?? 0) === 0) push(i);
  });
  const order: T[] = [];
  const done = new Uint8Array(unique.length);
  let firstOpen = 0;
  while (order.length < unique.length) {
    let i = -1;
    while (heap.length > 0) {
      const j = pop();
      if (!done[j]) {
        i = j;
        break;
      }
    }
    if (i < 0) {
      // Only cycles are left: the first unplaced node.
      while (done[firstOpen]) firstOpen++;
      i = firstOpen;
    }
    done[i] = 1;
    const pick = unique[i]!;
    order.push(pick);
    for (const t of out.get(pick) ?? []) {
      const d = (indeg.get(t) ?? 0) - 1;
      indeg.set(t, d);
      const k = index.get(t);
      if (d === 0 && k !== undefined && !done[k]) push(k);
    }
  }
  return order;
}
