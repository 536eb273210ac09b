// The Barnes–Hut approximation of the layout's repulsion (layout.js): plain JavaScript with no
// imports, so the explorer page and the exports (src/export/layout.ts) run the same code.

/** A cell whose side is under θ times its distance acts as one body (Barnes and Hut's θ). */
const THETA = 1;

/** Below this depth a cell splits; points that still share a cell are then chained in it. */
const MAX_DEPTH = 24;

/**
 * A quadtree over points, rebuilt for each round of the layout, that adds to every point the
 * repulsion `k²/d` of all the others in O(n log n) instead of O(n²): a cell far enough away (its
 * side under θ times the distance to its centre of mass) pushes as one body of its mass. Held in
 * typed arrays that are reused from round to round, so a round allocates nothing.
 */
export class RepulsionTree {
  /** @param {number} n the number of points */
  constructor(n) {
    this.capacity = 0;
    this.cells = 0;
    // Per cell: the four children (−1 for none), first point, point count, sums of x and y, corner and side.
    this.child = new Int32Array(0);
    this.first = new Int32Array(0);
    this.mass = new Float64Array(0);
    this.sumX = new Float64Array(0);
    this.sumY = new Float64Array(0);
    this.x0 = new Float64Array(0);
    this.y0 = new Float64Array(0);
    this.size = new Float64Array(0);
    /** Per point: the next point of its cell's chain (−1 at the end). */
    this.next = new Int32Array(n);
    this.stack = new Int32Array(4 * MAX_DEPTH + 8);
    this.grow(Math.max(16, 2 * n));
  }

  /**
   * Adds to (dx, dy) the repulsion `k²/d` that every other point exerts on each point.
   * @param {Float64Array} xs @param {Float64Array} ys @param {number} k @param {Float64Array} dx @param {Float64Array} dy
   */
  repel(xs, ys, k, dx, dy) {
    this.build(xs, ys);
    const { child, first, next, mass, sumX, sumY, x0, y0, size, stack } = this;
    const k2 = k * k;
    const theta2 = THETA * THETA;
    for (let i = 0; i < xs.length; i++) {
      const px = xs[i];
      const py = ys[i];
      let fx = 0;
      let fy = 0;
      let top = 0;
      stack[top++] = 0;
      while (top > 0) {
        const c = stack[--top];
        // A leaf: its points push one by one.
        for (let j = first[c]; j >= 0; j = next[j]) {
          if (j === i) continue;
          const ex = px - xs[j];
          const ey = py - ys[j];
          const d2 = ex * ex + ey * ey;
          if (d2 >= 1e-4) {
            fx += (ex * k2) / d2;
            fy += (ey * k2) / d2;
          } else {
            // Two points on the same spot: pushed apart along x, the lower index to the left.
            fx += ((i < j ? -0.01 : 0.01) * k2) / 1e-4;
          }
        }
        if (first[c] >= 0) continue;
        const m = mass[c];
        const ex = px - sumX[c] / m;
        const ey = py - sumY[c] / m;
        const d2 = ex * ex + ey * ey;
        const side = size[c];
        // A cell that holds the point itself is always opened: the point must not push itself.
        const inside = px >= x0[c] && px <= x0[c] + side && py >= y0[c] && py <= y0[c] + side;
        if (!inside && side * side < theta2 * d2) {
          fx += (ex * k2 * m) / d2;
          fy += (ey * k2 * m) / d2;
          continue;
        }
        for (let q = 4 * c; q < 4 * c + 4; q++) {
          if (child[q] >= 0) stack[top++] = child[q];
        }
      }
      dx[i] += fx;
      dy[i] += fy;
    }
  }

  /** The tree of the points: a square around them all, split until each point has a cell of its own. */
  build(xs, ys) {
    let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
    for (let i = 0; i < xs.length; i++) {
      minX = Math.min(minX, xs[i]);
      maxX = Math.max(maxX, xs[i]);
      minY = Math.min(minY, ys[i]);
      maxY = Math.max(maxY, ys[i]);
    }
    this.cells = 0;
    this.newCell(minX, minY, Math.max(maxX - minX, maxY - minY, 1e-6));
    for (let i = 0; i < xs.length; i++) this.insert(i, xs, ys);
  }

  insert(i, xs, ys) {
    const px = xs[i];
    const py = ys[i];
    let c = 0;
    for (let depth = 0; ; depth++) {
      this.mass[c] += 1;
      this.sumX[c] += px;
      this.sumY[c] += py;
      const first = this.first[c];
      // Empty (its first point is this one), or a leaf that may not split again: the point joins its chain.
      if (this.mass[c] === 1 || (first >= 0 && depth >= MAX_DEPTH)) {
        this.next[i] = first;
        this.first[c] = i;
        return;
      }
      if (first >= 0) {
        // A leaf holding one point splits: that point moves down a level, then this one follows.
        this.first[c] = -1;
        this.place(first, c, xs[first], ys[first]);
      }
      c = this.childFor(c, px, py);
    }
  }

  /** Moves point `j` from the leaf `c` that just split into the right child. */
  place(j, c, px, py) {
    const d = this.childFor(c, px, py);
    this.mass[d] = 1;
    this.sumX[d] = px;
    this.sumY[d] = py;
    this.next[j] = -1;
    this.first[d] = j;
  }

  /** The child of `c` whose quarter holds (px, py), made if need be. */
  childFor(c, px, py) {
    const half = this.size[c] / 2;
    const right = px >= this.x0[c] + half ? 1 : 0;
    const below = py >= this.y0[c] + half ? 1 : 0;
    const q = 4 * c + 2 * below + right;
    if (this.child[q] >= 0) return this.child[q];
    // Made first, then stored: making a cell may replace the arrays (grow).
    const made = this.newCell(this.x0[c] + right * half, this.y0[c] + below * half, half);
    this.child[q] = made;
    return made;
  }

  newCell(x0, y0, size) {
    if (this.cells === this.capacity) this.grow(2 * this.capacity);
    const c = this.cells++;
    this.child.fill(-1, 4 * c, 4 * c + 4);
    this.first[c] = -1;
    this.mass[c] = 0;
    this.sumX[c] = 0;
    this.sumY[c] = 0;
    this.x0[c] = x0;
    this.y0[c] = y0;
    this.size[c] = size;
    return c;
  }

  grow(capacity) {
    const copy = (old, Make, per = 1) => {
      const bigger = new Make(capacity * per);
      bigger.set(old);
      return bigger;
    };
    this.child = copy(this.child, Int32Array, 4);
    this.first = copy(this.first, Int32Array);
    this.mass = copy(this.mass, Float64Array);
    this.sumX = copy(this.sumX, Float64Array);
    this.sumY = copy(this.sumY, Float64Array);
    this.x0 = copy(this.x0, Float64Array);
    this.y0 = copy(this.y0, Float64Array);
    this.size = copy(this.size, Float64Array);
    this.capacity = capacity;
  }
}
