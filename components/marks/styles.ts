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
.xxgk-box.role-part { outline: 1px dashed var(--c); outline-offset: -1px; background: transparent; opacity: .55; }
.xxgk-box.is-dismissed { outline-style: dotted; opacity: .5; background: transparent; }
.xxgk-box.is-lit { opacity: 1; outline-width: 2px; outline-style: solid; background: var(--tint); }
.xxgk-box.role-part.is-lit { outline-style: dashed; background: var(--tint); }
.xxgk-box.role-part.is-lit::after { content: attr(data-added); position: absolute; right: 0; bottom: 100%; padding: 0 3px;
  border-radius: 2px 2px 0 0; background: var(--c); color: #fff; white-space: nowrap;
  font: 600 10px/14px system-ui, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; }
.xxgk-badge { position: absolute; top: 0; left: 0; pointer-events: auto; box-sizing: border-box;
  min-width: 18px; height: 18px; padding: 0 3px; margin: 0; border: 1px solid #fff; background: var(--c); color: #fff;
  font: 700 10px/16px system-ui, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif;
  text-align: center; cursor: pointer; box-shadow: 0 1px 2px rgba(0,0,0,.35); white-space: nowrap; }
.xxgk-badge.sev-error { border-radius: 2px; }
.xxgk-badge.sev-warning { border-radius: 2px 9px 2px 9px; }
.xxgk-badge.sev-info { border-radius: 9px; }
.xxgk-badge.is-dismissed { background: #5f6368; }
.xxgk-badge:focus-visible, .xxgk-pin:focus-visible { outline: 3px solid #000; outline-offset: 1px; }
.xxgk-pinned { position: absolute; box-sizing: border-box; pointer-events: auto; display: flex; flex-wrap: nowrap; gap: 4px;
  align-items: center; overflow: hidden; height: 26px; padding: 2px 6px; border-radius: 4px; border-left: 4px solid var(--c);
  background: #fff; color: #202124; box-shadow: 0 1px 4px rgba(0,0,0,.3);
  font: 12px/20px system-ui, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; }
.xxgk-pinned-title { white-space: nowrap; color: #5f6368; }
.xxgk-pin { font: inherit; white-space: nowrap; max-width: 220px; overflow: hidden; text-overflow: ellipsis; padding: 0 6px; margin: 0;
  border: 1px solid #dadce0; border-radius: 3px; background: #f8f9fa; color: #202124; cursor: pointer; }
.xxgk-pinned.is-dismissed { opacity: .6; }
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
.xxgk-card h2 { margin: 0 0 6px; padding-right: 26px; font-size: 14px; line-height: 1.4; }
.xxgk-card .sev { display: inline-block; margin-right: 6px; padding: 0 6px; border-radius: 3px; background: var(--c); color: #fff; font-size: 12px; }
.xxgk-card p { margin: 6px 0; }
.xxgk-card .quote { margin: 6px 0; padding: 4px 8px; border-left: 3px solid var(--c); background: #f6f7f9; color: #3c4043; font-size: 12px; max-height: 96px; overflow: auto; }
.xxgk-card dl { display: grid; grid-template-columns: auto 1fr; gap: 2px 10px; margin: 6px 0; }
.xxgk-card dt { color: #5f6368; }
.xxgk-card dd { margin: 0; }
.xxgk-card ul { margin: 4px 0; padding-left: 18px; max-height: 96px; overflow: auto; }
.xxgk-card table.years { width: 100%; margin: 6px 0; border-collapse: collapse; font-size: 12px; table-layout: fixed; }
.xxgk-card table.years th, .xxgk-card table.years td { padding: 3px 6px; border: 1px solid #dadce0; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
.xxgk-card table.years th { background: #f1f3f4; font-weight: 600; }
.xxgk-card a.previous { display: block; margin: 4px 0; color: #1a73e8; font-size: 12px; overflow-wrap: anywhere; }
.xxgk-card .rule { color: #5f6368; font-size: 12px; }
.xxgk-card .row { display: flex; flex-wrap: wrap; gap: 6px; align-items: center; margin-top: 8px; }
.xxgk-card button { font: inherit; font-size: 12px; padding: 3px 9px; border: 1px solid #dadce0; border-radius: 4px; background: #f8f9fa; color: #202124; cursor: pointer; }
.xxgk-card button:hover { background: #eef0f2; }
.xxgk-card button:focus-visible { outline: 2px solid #1a73e8; outline-offset: 1px; }
.xxgk-card .close { position: absolute; top: 6px; right: 8px; width: 24px; height: 24px; padding: 0; border: 0; background: transparent; font-size: 16px; line-height: 1; }
.xxgk-card:focus { outline: none; }
.xxgk-card .copy-failed { color: #c5221f; }
.xxgk-copybuf { position: fixed; top: 0; left: -9999px; width: 1px; height: 1px; opacity: 0; }
.xxgk-card .dismissed { padding: 4px 8px; border-radius: 4px; background: #f1f3f4; }
.xxgk-card .pos { margin-left: auto; color: #5f6368; font-size: 12px; }
`;
