// Coalesces redraws: however many years arrive or cursor moves happen within one animation frame, the
// page draws once, in that frame.
export function frameScheduler(draw: () => void): () => void {
  let requested = false;
  const request =
    typeof requestAnimationFrame === "function"
      ? (callback: () => void) => requestAnimationFrame(callback)
      : (callback: () => void) => setTimeout(callback, 16);
  return () => {
    if (requested) return;
    requested = true;
    request(() => {
      requested = false;
      draw();
    });
  };
}
