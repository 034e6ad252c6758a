// hinge_model live view (anywidget front end): draws a Matplotlib figure's static background (a PNG the kernel
// sends once per full redraw) and, on every update, its animated artists from numbers (drawing operations in
// figure pixels, see hinge_model/plots/serialize.py) on one <canvas>, devicePixelRatio-aware.
// Updates from the kernel are drawn at the next animation frame (only the latest one); a movement's frames can be
// sent once and played here, every frame shown, at `fps`.

const CSS = `
.hm-live { display: block; max-width: 100%; line-height: 0; }
.hm-live canvas.hm-live-canvas { display: block; max-width: 100%; height: auto; }
.hm-live .hm-live-controls { line-height: normal; display: flex; align-items: center; gap: 8px; margin: 0 0 4px 0;
  font-size: var(--jp-widgets-font-size, 13px); color: var(--jp-widgets-label-color, inherit); }
.hm-live .hm-live-controls button { min-width: 72px; height: var(--jp-widgets-inline-height, 28px);
  font-size: inherit; cursor: pointer; }
.hm-live .hm-live-controls input[type=range] { width: min(420px, 50vw); }
.hm-presenter { --jp-widgets-font-size: 18px; --jp-widgets-inline-height: 36px; --jp-widgets-inline-width: 460px;
  --jp-widgets-inline-label-width: 150px; --jp-widgets-slider-handle-size: 22px; font-size: 18px; }
.hm-presenter .widget-readout { font-size: 18px; }
`;

const SANS = "'DejaVu Sans', 'Bitstream Vera Sans', Verdana, Arial, sans-serif";

function injectCss() {
  if (document.getElementById("hm-live-style")) return;
  const style = document.createElement("style");
  style.id = "hm-live-style";
  style.textContent = CSS;
  document.head.appendChild(style);
}

function trace(ctx, p, close) {
  let pen = false;
  for (let i = 0; i < p.length; i += 2) {
    const x = p[i], y = p[i + 1];
    if (x === null || y === null) { pen = false; continue; }
    if (pen) ctx.lineTo(x, y); else { ctx.moveTo(x, y); pen = true; }
  }
  if (close) ctx.closePath();
}

const hatchCache = new Map();
function hatchPattern(ctx, op, scale) {
  const key = `${op.h}|${op.hc}|${op.hw}|${op.hs}|${scale}`;
  if (hatchCache.has(key)) return hatchCache.get(key);
  const S = Math.max(4, Math.round(op.hs * scale));  // one inch of the figure, in canvas pixels
  const tile = document.createElement("canvas");
  tile.width = tile.height = S;
  const t = tile.getContext("2d");
  t.strokeStyle = op.hc; t.fillStyle = op.hc; t.lineWidth = op.hw * scale;
  const count = (chars) => [...op.h].filter((c) => chars.includes(c)).length * 6;  // Matplotlib: density 6/inch
  const lines = (n, f) => { for (let k = -n; k <= 2 * n; k++) { t.beginPath(); f(k * S / n); t.stroke(); } };
  const ne = count("/xX"), nw = count("\\xX"), hz = count("-+"), vt = count("|+");
  // diagonal hatches: n lines per unit square are 1/n apart along the diagonal's normal x sqrt(2) (hatch.py)
  if (ne) lines(Math.max(1, ne / 2), (o) => { t.moveTo(o - S, S); t.lineTo(o, 0); });
  if (nw) lines(Math.max(1, nw / 2), (o) => { t.moveTo(o, S); t.lineTo(o - S, 0); });
  if (hz) lines(hz, (o) => { t.moveTo(0, o); t.lineTo(S, o); });
  if (vt) lines(vt, (o) => { t.moveTo(o, 0); t.lineTo(o, S); });
  for (const [ch, fill, r] of [[".", true, 0.1], ["o", false, 0.2], ["O", false, 0.35], ["*", true, 0.2]]) {
    const n = [...op.h].filter((c) => c === ch).length * (ch === "." || ch === "o" ? 6 : 3);
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) {
      t.beginPath(); t.arc((i + 0.5) * S / n, (j + 0.5) * S / n, r * S / n, 0, 2 * Math.PI);
      if (fill) t.fill(); else t.stroke();
    }
  }
  const pattern = ctx.createPattern(tile, "repeat");
  pattern.setTransform(new DOMMatrix().scale(1 / scale));
  hatchCache.set(key, pattern);
  return pattern;
}

function drawLine(ctx, op) {
  if (op.c && op.w > 0) {
    ctx.beginPath(); trace(ctx, op.p, false);
    ctx.strokeStyle = op.c; ctx.lineWidth = op.w; ctx.lineCap = op.cap || "butt";
    ctx.lineJoin = op.join || "round"; ctx.setLineDash(op.d || []);
    ctx.stroke();
  }
  const m = op.m;
  if (!m) return;
  const shape = new Path2D();
  for (const poly of m.p) {
    for (let j = 0; j < poly.length; j += 2) (j ? shape.lineTo(poly[j], poly[j + 1]) : shape.moveTo(poly[j], poly[j + 1]));
    if (m.closed) shape.closePath();
  }
  ctx.setLineDash([]); ctx.lineJoin = "miter"; ctx.lineCap = "butt";
  for (let i = 0; i < op.p.length; i += 2) {
    const x = op.p[i], y = op.p[i + 1];
    if (x === null || y === null) continue;
    ctx.save(); ctx.translate(x, y);
    if (m.f) { ctx.fillStyle = m.f; ctx.fill(shape); }
    if (m.e && m.w > 0) { ctx.strokeStyle = m.e; ctx.lineWidth = m.w; ctx.stroke(shape); }
    ctx.restore();
  }
}

function drawPatch(ctx, op, scale) {
  ctx.beginPath();
  for (const poly of op.p) trace(ctx, poly, true);
  if (op.f) { ctx.fillStyle = op.f; ctx.fill(); }
  if (op.h && op.hc) { ctx.fillStyle = hatchPattern(ctx, op, scale); ctx.fill(); }
  if (op.e && op.w > 0) { ctx.strokeStyle = op.e; ctx.lineWidth = op.w; ctx.setLineDash(op.d || []); ctx.stroke(); }
}

function drawText(ctx, op) {
  const family = (op.ff || "sans-serif").includes("sans") ? SANS : op.ff;
  ctx.font = `${op.wt === "bold" ? "bold " : ""}${op.f}px ${family}`;
  const lines = op.s.split("\n");
  const widths = lines.map((l) => ctx.measureText(l).width);
  const probe = ctx.measureText("lp");
  const asc = probe.fontBoundingBoxAscent ?? 0.93 * op.f, desc = probe.fontBoundingBoxDescent ?? 0.24 * op.f;
  const adv = op.ls * op.f * 1.17;  // Matplotlib: linespacing x the height of "lp"
  const W = Math.max(...widths), H = (lines.length - 1) * adv + asc + desc;
  const left = op.ha === "center" ? -W / 2 : op.ha === "right" ? -W : 0;
  const top = op.va === "top" ? 0 : op.va === "center" ? -H / 2 : op.va === "bottom" ? -H
    : op.va === "center_baseline" ? -(H - desc) / 2 : -(H - desc);
  ctx.translate(op.x, op.y);
  if (op.r) ctx.rotate(-op.r * Math.PI / 180);
  if (op.b) {
    const p = op.b.pad;
    ctx.beginPath();
    if (op.b.round && ctx.roundRect) ctx.roundRect(left - p, top - p, W + 2 * p, H + 2 * p, p);
    else ctx.rect(left - p, top - p, W + 2 * p, H + 2 * p);
    if (op.b.f) { ctx.fillStyle = op.b.f; ctx.fill(); }
    if (op.b.e && op.b.w > 0) { ctx.strokeStyle = op.b.e; ctx.lineWidth = op.b.w; ctx.setLineDash([]); ctx.stroke(); }
  }
  if (!op.c) return;
  ctx.fillStyle = op.c; ctx.textBaseline = "alphabetic";
  lines.forEach((line, i) => {
    const dx = op.ha === "center" ? (W - widths[i]) / 2 : op.ha === "right" ? W - widths[i] : 0;
    ctx.fillText(line, left + dx, top + asc + i * adv);
  });
}

function drawOps(ctx, ops, scale) {
  for (const op of ops || []) {
    ctx.save();
    if (op.k) { ctx.beginPath(); ctx.rect(op.k[0], op.k[1], op.k[2], op.k[3]); ctx.clip(); }
    if (op.t === "l") drawLine(ctx, op); else if (op.t === "p") drawPatch(ctx, op, scale); else if (op.t === "t") drawText(ctx, op);
    ctx.restore();
  }
}

function render({ model, el }) {
  injectCss();
  el.classList.add("hm-live");
  const log = (window.__hmLive = window.__hmLive || { draws: [] });
  const controls = document.createElement("div");
  controls.className = "hm-live-controls";
  const play = document.createElement("button");
  play.className = "hm-live-play"; play.textContent = "▶ play"; play.title = "play the movement";
  const range = document.createElement("input");
  range.type = "range"; range.className = "hm-live-range"; range.min = 0; range.step = 1;
  range.setAttribute("aria-label", "frame");
  const label = document.createElement("span");
  label.className = "hm-live-label";
  controls.append(play, range, label);
  const canvas = document.createElement("canvas");
  canvas.className = "hm-live-canvas";
  canvas.setAttribute("role", "img");
  el.append(controls, canvas);
  const ctx = canvas.getContext("2d");

  let lastDraw = -1e9;
  let background = null, pending = 0, playing = false, lastTick = 0, index = model.get("index") || 0;
  let frameCache = null, framesCache = null, frameText = null, framesText = null;
  const frames = () => {
    const text = model.get("frames") || "[]";
    if (text !== framesText) { framesText = text; framesCache = JSON.parse(text); }
    return framesCache;
  };
  const current = () => {
    const text = model.get("frame") || "{}";
    if (text !== frameText) { frameText = text; frameCache = JSON.parse(text); }
    return frameCache;
  };

  function layout() {
    const W = model.get("width"), H = model.get("height");
    canvas.style.width = `${W}px`;  // its natural size, shrunk to the output area by max-width: 100%
    const cssW = canvas.getBoundingClientRect().width || W;
    const dpr = window.devicePixelRatio || 1;
    const bw = Math.max(1, Math.round(Math.min(cssW, W) * dpr)), bh = Math.max(1, Math.round(bw * H / W));
    if (canvas.width !== bw || canvas.height !== bh) { canvas.width = bw; canvas.height = bh; }
    const ratio = Math.round(dpr * 4) / 4;
    if (model.get("pixel_ratio") !== ratio) { model.set("pixel_ratio", ratio); model.save_changes(); }
  }

  function draw() {
    if (pending) { cancelAnimationFrame(pending); pending = 0; }
    lastDraw = performance.now();
    const W = model.get("width");
    const n = frames().length;
    const ops = n ? frames()[Math.min(index, n - 1)] : current().ops;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, canvas.width, canvas.height);
    if (background) ctx.drawImage(background, 0, 0, canvas.width, canvas.height);
    const s = canvas.width / W;
    ctx.setTransform(s, 0, 0, s, 0, 0);
    drawOps(ctx, ops, s);
    const seq = current().seq;
    log.draws.push({ t: performance.now(), seq, index, recv: log.recv });
    if (log.draws.length > 5000) log.draws.splice(0, 1000);
    el.dataset.drawn = String((+el.dataset.drawn || 0) + 1);
  }
  const schedule = () => { if (!pending) pending = requestAnimationFrame(draw); };

  async function loadBackground() {
    const data = model.get("background");
    if (!data || !data.byteLength) { background = null; schedule(); return; }
    const bitmap = await createImageBitmap(new Blob([data], { type: "image/png" }));
    background = bitmap;
    schedule();
  }

  function syncControls() {
    const n = frames().length;
    controls.style.display = n ? "flex" : "none";
    range.classList.toggle("hm-main-control", n > 0);  // the frame scrubber is the control to move first
    range.max = Math.max(0, n - 1);
    range.value = index;
    const labels = model.get("frame_labels") || [];
    label.textContent = labels[index] || (n ? `frame ${index + 1} of ${n}` : "");
    play.textContent = playing ? "❚❚ pause" : "▶ play";
    canvas.setAttribute("aria-label", model.get("alt") || "figure");
  }

  function show(i, tell) {
    index = Math.max(0, Math.min(i, frames().length - 1));
    syncControls();
    schedule();
    if (tell) { model.set("index", index); model.save_changes(); }
  }

  function tick(now) {
    if (!playing) return;
    const interval = 1000 / (model.get("fps") || 20);
    if (now >= lastTick + interval - 1) {  // at most one frame per paint, never skipping one
      lastTick = Math.max(lastTick + interval, now - interval);  // keeps the average rate when paints are late
      if (index >= frames().length - 1) { playing = false; show(index, true); return; }
      show(index + 1, false);
    }
    requestAnimationFrame(tick);
  }

  play.addEventListener("click", () => {
    playing = !playing;
    if (playing) {
      if (index >= frames().length - 1) show(0, false);
      lastTick = performance.now();
      log.play = { start: lastTick, frames: frames().length, fps: model.get("fps") };
      requestAnimationFrame(tick);
    } else show(index, true);
    syncControls();
  });
  range.addEventListener("input", () => { playing = false; show(+range.value, true); });
  // keys step the frames here: JupyterLab would otherwise take the arrow keys for its own shortcuts
  const KEYS = { ArrowRight: 1, ArrowUp: 1, ArrowLeft: -1, ArrowDown: -1, PageUp: 10, PageDown: -10 };
  range.addEventListener("keydown", (ev) => {
    const n = frames().length;
    let to = null;
    if (ev.key in KEYS) to = index + KEYS[ev.key];
    else if (ev.key === "Home") to = 0;
    else if (ev.key === "End") to = n - 1;
    if (to === null) return;
    ev.preventDefault(); ev.stopPropagation();
    playing = false;
    show(Math.max(0, Math.min(n - 1, to)), true);
  });

  const onIndex = () => { if (!playing) show(model.get("index") || 0, false); };
  const onResize = () => { layout(); schedule(); };
  let media = null;
  const watchRatio = () => {
    if (media) media.removeEventListener("change", onRatio);
    media = window.matchMedia(`(resolution: ${window.devicePixelRatio}dppx)`);
    media.addEventListener("change", onRatio);
  };
  const onRatio = () => { watchRatio(); onResize(); };
  watchRatio();
  const observer = new ResizeObserver(onResize);
  observer.observe(el);
  window.addEventListener("resize", onResize);
  // a frame from the kernel is drawn at once (the next paint shows it); several within one frame interval are
  // coalesced into one draw at the next animation frame
  model.on("change:frame", () => {
    log.recv = performance.now();
    if (!pending && log.recv - lastDraw > 8) draw(); else schedule();
  });
  model.on("change:frames", () => { syncControls(); schedule(); });
  model.on("change:index", onIndex);
  model.on("change:alt", syncControls);
  model.on("change:background", loadBackground);
  model.on("change:width", onResize);
  model.on("change:height", onResize);
  layout();
  syncControls();
  loadBackground();
  return () => {
    playing = false;
    observer.disconnect();
    window.removeEventListener("resize", onResize);
    if (media) media.removeEventListener("change", onRatio);
  };
}

export default { render };
