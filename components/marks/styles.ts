// The marks' styles, scoped to our shadow root: page CSS cannot reach them and they cannot leak.
export const MARK_CSS = `
:host { all: initial; }
.xxgk-layer { position: absolute; top: 0; left: 0; width: 0; height: 0; z-index: 2147483647; }
.xxgk-box { position: absolute; box-sizing: border-box; pointer-events: none; border-radius: 2px;
  outline: 2px solid var(--c); outline-offset: -1px; background: var(--tint); }
.sev-error { --c: #c5221f; --tint: rgba(197, 34, 31, .08); }
.sev-warning { --c: #b06000; --tint: rgba(227, 116, 0, .08); }
.sev-info { --c: #1967d2; --tint: rgba(26, 115, 232, .05); }
.xxgk-box.role-total { outline-width: 3px; outline-offset: -2px; background: var(--tint); box-shadow: inset 0 0 0 1px #fff; }
.xxgk-box.role-part { outline-style: dashed; background: transparent; }
.xxgk-box.is-dismissed { outline-style: dotted; opacity: .5; background: transparent; }
.xxgk-badge { position: absolute; top: -10px; right: -10px; pointer-events: auto; box-sizing: border-box;
  min-width: 20px; height: 20px; padding: 0 4px; margin: 0; border: 2px solid #fff; background: var(--c); color: #fff;
  font: 700 11px/16px system-ui, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif;
  text-align: center; cursor: pointer; box-shadow: 0 1px 3px rgba(0,0,0,.35); }
.sev-error > .xxgk-badge { border-radius: 2px; }
.sev-warning > .xxgk-badge { border-radius: 2px 10px 2px 10px; }
.sev-info > .xxgk-badge { border-radius: 10px; }
.is-dismissed > .xxgk-badge { background: #5f6368; }
.xxgk-badge:focus-visible { outline: 3px solid #000; outline-offset: 1px; }
.xxgk-missing { position: absolute; box-sizing: border-box; pointer-events: none; height: 0;
  border-top: 3px dashed var(--c); }
.xxgk-missing > .xxgk-flag { position: absolute; left: 0; top: -13px; pointer-events: auto; cursor: pointer;
  max-width: 420px; overflow: hidden; white-space: nowrap; text-overflow: ellipsis; box-sizing: border-box;
  padding: 2px 8px; margin: 0; border: 0; border-radius: 3px; background: var(--c); color: #fff;
  font: 600 12px/18px system-ui, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; text-align: left; }
.xxgk-missing.is-dismissed { opacity: .5; }
.xxgk-pulse { animation: xxgk-pulse .5s ease-in-out 0s 4 alternate; }
@keyframes xxgk-pulse { from { box-shadow: 0 0 0 0 var(--c); } to { box-shadow: 0 0 0 8px rgba(0,0,0,0); outline-width: 4px; } }
.xxgk-card { position: absolute; z-index: 2; width: 360px; max-width: calc(100vw - 24px); box-sizing: border-box;
  padding: 12px 14px; border-radius: 8px; background: #fff; color: #202124; border-top: 4px solid var(--c);
  box-shadow: 0 4px 18px rgba(0,0,0,.28); font: 13px/1.55 system-ui, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; }
.xxgk-card h2 { margin: 0 0 6px; font-size: 14px; line-height: 1.4; }
.xxgk-card .sev { display: inline-block; margin-right: 6px; padding: 0 6px; border-radius: 3px; background: var(--c); color: #fff; font-size: 12px; }
.xxgk-card p { margin: 6px 0; }
.xxgk-card dl { display: grid; grid-template-columns: auto 1fr; gap: 2px 10px; margin: 6px 0; }
.xxgk-card dt { color: #5f6368; }
.xxgk-card dd { margin: 0; }
.xxgk-card ul { margin: 4px 0; padding-left: 18px; max-height: 96px; overflow: auto; }
.xxgk-card .rule { color: #5f6368; font-size: 12px; }
.xxgk-card .row { display: flex; flex-wrap: wrap; gap: 6px; align-items: center; margin-top: 8px; }
.xxgk-card button { font: inherit; font-size: 12px; padding: 3px 9px; border: 1px solid #dadce0; border-radius: 4px; background: #f8f9fa; color: #202124; cursor: pointer; }
.xxgk-card button:hover { background: #eef0f2; }
.xxgk-card button:focus-visible { outline: 2px solid #1a73e8; outline-offset: 1px; }
.xxgk-card .close { position: absolute; top: 6px; right: 8px; border: 0; background: transparent; font-size: 16px; }
.xxgk-card .dismissed { padding: 4px 8px; border-radius: 4px; background: #f1f3f4; }
.xxgk-card .pos { margin-left: auto; color: #5f6368; font-size: 12px; }
`;
