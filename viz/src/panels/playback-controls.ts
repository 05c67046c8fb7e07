// Play, pause, step, reset, speed and the year slider. Native buttons, a select and a range input, so
// all of it works from the keyboard (Space/Enter, arrows on the slider) with visible labels.
import { el, uniqueId } from "../app/dom.js";
import { liveAttr, liveText, onRelabel } from "../app/live-text.js";
import { PLAYBACK_SPEEDS, type Playback, type PlaybackState } from "../app/playback.js";
import { formatNumber, formatYear } from "../i18n/format.js";
import { uiText } from "../i18n/messages/ui.js";

/** Calendar year of a simulated year, for the slider's spoken value. */
export type CalendarYear = (year: number) => number;

export function createPlaybackControls(playback: Playback, calendarYear: CalendarYear): HTMLElement {
  const playButton = el("button", {
    class: "primary",
    attrs: { type: "button", "data-testid": "play" },
    on: { click: () => playback.toggle() },
  });
  const button = (testId: string, label: () => string, symbol: string, action: () => void) => {
    const b = el("button", { attrs: { type: "button", "data-testid": testId }, on: { click: action } }, [
      el("span", { text: symbol, attrs: { "aria-hidden": "true" } }),
      liveText(el("span", { class: "button-label" }), label),
    ]);
    return b;
  };
  const reset = button(
    "reset",
    () => uiText("playback_reset"),
    "|◀",
    () => playback.reset(),
  );
  const back = button(
    "step-back",
    () => uiText("playback_step_back"),
    "◀",
    () => playback.step(-1),
  );
  const forward = button(
    "step-forward",
    () => uiText("playback_step_forward"),
    "▶",
    () => playback.step(1),
  );

  const speedId = uniqueId("speed");
  const speed = el("select", {
    attrs: { id: speedId, "data-testid": "speed" },
    on: { change: () => playback.setSpeed(Number(speed.value)) },
  });
  for (const value of PLAYBACK_SPEEDS) speed.append(el("option", { attrs: { value } }));
  onRelabel(speed, () => relabelSpeeds(speed));
  relabelSpeeds(speed);

  const sliderId = uniqueId("year");
  const slider = el("input", {
    attrs: { id: sliderId, type: "range", min: 0, step: 1, "data-testid": "year-slider" },
    on: { input: () => playback.seek(Number(slider.value)) },
  });
  const yearLabel = el("output", { class: "year-label", attrs: { for: sliderId, "aria-live": "off" } });

  const render = (state: PlaybackState): void => {
    playButton.replaceChildren(
      el("span", { text: state.playing ? "❚❚" : "▶", attrs: { "aria-hidden": "true" } }),
      el("span", { text: uiText(state.playing ? "playback_pause" : "playback_play") }),
    );
    playButton.setAttribute("aria-pressed", String(state.playing));
    slider.max = String(state.lastYear);
    slider.value = String(state.year);
    const calendar = formatYear(calendarYear(state.year));
    slider.setAttribute("aria-valuetext", uiText("year_value", { year: state.year, calendar }));
    yearLabel.textContent = calendar;
    speed.value = String(state.speed);
    back.disabled = state.year <= 0;
    reset.disabled = state.year <= 0 && !state.playing;
    forward.disabled = state.year >= state.lastYear;
  };
  playback.subscribe(render);

  const element = el("div", { class: "playback", attrs: { "data-testid": "playback" } }, [
    el("div", { class: "button-row" }, [reset, back, playButton, forward]),
    el("div", { class: "field" }, [
      liveText(el("label", { attrs: { for: speedId } }), () => uiText("playback_speed")),
      speed,
    ]),
    el("div", { class: "year-slider" }, [
      liveText(el("label", { attrs: { for: sliderId } }), () => uiText("year_slider")),
      slider,
      yearLabel,
    ]),
  ]);
  liveAttr(element, "aria-label", () => uiText("playback_label"));
  element.setAttribute("role", "group");
  onRelabel(element, () => render(playback.state));
  render(playback.state);
  return element;
}

function relabelSpeeds(select: HTMLSelectElement): void {
  for (const option of Array.from(select.options)) {
    option.textContent = uiText("speed_value", { speed: formatNumber(Number(option.value)) });
  }
}
