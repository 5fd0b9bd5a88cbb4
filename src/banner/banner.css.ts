/** The banner's styles, adopted as a constructed stylesheet inside its Shadow DOM (allowed by a strict CSP). */
export const BANNER_CSS = `:host{all:initial}
.d{position:fixed;z-index:2147483647;left:8px;right:8px;bottom:8px;margin:0 auto;max-width:560px;max-height:calc(100vh - 16px);overflow:auto;box-sizing:border-box;padding:16px;background:#fff;color:#1a1a1a;border:1px solid #555;border-radius:8px;box-shadow:0 4px 24px rgba(0,0,0,.25);font:15px/1.45 system-ui,sans-serif}
h2{margin:0 0 8px;font-size:18px}
p{margin:0 0 10px}
a{color:#0a4ea3}
.g{padding:8px;background:#eef4ff;border-radius:4px}
.row{display:flex;flex-wrap:wrap;gap:8px}
.b{flex:1 1 120px;min-height:44px;padding:8px 12px;font:600 15px system-ui,sans-serif;color:#fff;background:#1f4f8a;border:2px solid #1f4f8a;border-radius:6px;cursor:pointer}
.b:hover{background:#163a66}
:focus-visible{outline:3px solid #e8a300;outline-offset:2px}
.c{padding:8px 0;border-top:1px solid #ddd}
.c label{font-weight:600;margin-left:6px}
.x{margin:4px 0 0 26px;font-size:14px;color:#444}
.sv{margin:4px 0 0 26px}
.s{margin-left:6px}
input{width:18px;height:18px;vertical-align:middle}
.r{position:fixed;z-index:2147483646;left:12px;bottom:12px;width:44px;height:44px;border-radius:50%;border:2px solid #1f4f8a;background:#fff;color:#1f4f8a;font-size:22px;cursor:pointer}`
