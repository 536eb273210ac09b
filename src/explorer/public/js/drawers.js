// On narrow screens (explorer.css, up to 820 px) the legend and filters and the details are
// drawers over the graph: a button in the bar opens each, × or Escape closes it, and one is open at
// a time. On wide screens they are columns, always shown, and these buttons are not drawn.
const NARROW = window.matchMedia("(max-width: 820px)");

/** The drawers by id ("side", "details-panel"), with their toggles in the bar. */
export function createDrawers() {
  const drawers = [...document.querySelectorAll(".drawer")];
  const toggleOf = (drawer) => document.querySelector(`.drawer-toggle[aria-controls="${drawer.id}"]`);

  function set(drawer, open) {
    drawer.classList.toggle("open", open);
    toggleOf(drawer)?.setAttribute("aria-expanded", String(open));
  }

  const api = {
    narrow: () => NARROW.matches,

    /** Opens one drawer (closing the others) on a narrow screen; nothing on a wide one. */
    open(id) {
      if (!NARROW.matches) return;
      for (const d of drawers) set(d, d.id === id);
    },

    /**
     * The part of `container` no open drawer covers, in its own pixels: on a phone the details
     * drawer takes the lower half, and what was selected should stay above it.
     */
    uncovered(container) {
      const box = container.getBoundingClientRect();
      const open = NARROW.matches ? drawers.find((d) => d.classList.contains("open")) : undefined;
      const top = open?.getBoundingClientRect().top ?? box.bottom;
      return { width: box.width, height: Math.max(0, Math.min(box.height, top - box.top)) };
    },

    /** Closes the open drawer, if any, and gives the focus back to its toggle; true when one was open. */
    closeOpen() {
      const open = NARROW.matches ? drawers.find((d) => d.classList.contains("open")) : undefined;
      if (!open) return false;
      set(open, false);
      toggleOf(open)?.focus();
      return true;
    },
  };
  for (const d of drawers) {
    toggleOf(d)?.addEventListener("click", () => (d.classList.contains("open") ? set(d, false) : api.open(d.id)));
    d.querySelector(".drawer-close")?.addEventListener("click", () => set(d, false));
  }
  return api;
}
