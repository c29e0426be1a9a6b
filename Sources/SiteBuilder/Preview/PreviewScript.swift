/// The script the preview adds to every page: it asks the server for the build's state
/// twice a second, reloads the page when a newer good build is there, and shows the errors
/// of a failed build over the last good page.
///
/// It obeys the pages' Content Security Policy (`default-src 'self'`): a same-origin file
/// that fetches a same-origin address and builds the overlay with DOM calls, styling it
/// through `element.style` (inline `style` attributes would be blocked).
enum PreviewScript {
    static let path = PreviewInjector.scriptPath
    static let statePath = "/__preview/state"

    static let source = #"""
        // build-site serve: preview only. The server adds this script to pages as it sends
        // them; it is never written to the site.
        (function () {
          "use strict";
          var script = document.currentScript;
          var loaded = script ? parseInt(script.getAttribute("data-generation"), 10) : NaN;
          var overlay = null;
          var shown = "";

          function element(tag, styles, text) {
            var node = document.createElement(tag);
            Object.assign(node.style, styles || {});
            if (text !== undefined) node.textContent = text;
            return node;
          }

          function hide() {
            if (overlay) overlay.remove();
            overlay = null;
            shown = "";
          }

          function show(state) {
            var errors = state.errors;
            var key = JSON.stringify(errors);
            if (overlay && key === shown) return; // unchanged: do not announce it again
            hide();
            shown = key;
            overlay = element("div", {
              position: "fixed", left: "0", right: "0", bottom: "0", zIndex: "2147483647",
              maxHeight: "60vh", overflow: "auto", boxSizing: "border-box", padding: "1rem 1.25rem",
              background: "#ffffff", color: "#1b1b1b", borderTop: "6px solid #b3261e",
              boxShadow: "0 -4px 16px rgba(0, 0, 0, 0.25)",
              font: "16px/1.5 system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif"
            });
            overlay.id = "build-site-preview-errors";
            overlay.setAttribute("role", "alert");
            overlay.appendChild(element("h2", { margin: "0 0 0.5rem", fontSize: "1.25rem", color: "#8c1d18" }, state.heading));
            var list = element("ul", { margin: "0", padding: "0 0 0 1.25rem" });
            errors.forEach(function (problem) {
              var item = element("li", { margin: "0.25rem 0" });
              item.appendChild(element("code", { fontFamily: "ui-monospace, 'DejaVu Sans Mono', monospace", fontWeight: "bold" },
                problem.path + ":" + problem.line + ":" + problem.column + ":"));
              item.appendChild(document.createTextNode(" " + problem.severity + ": " + problem.message));
              list.appendChild(item);
            });
            overlay.appendChild(list);
            overlay.appendChild(element("p", { margin: "0.5rem 0 0", fontSize: "0.875rem", color: "#3d3d3d" }, state.hint));
            document.body.appendChild(overlay);
          }

          function poll() {
            fetch("/__preview/state", { cache: "no-store" })
              .then(function (response) { return response.json(); })
              .then(function (state) {
                if (isNaN(loaded)) loaded = state.generation;
                if (state.ok) {
                  if (state.generation !== loaded) { location.reload(); return; }
                  hide();
                } else if (state.errors.length > 0) {
                  show(state);
                }
                setTimeout(poll, 500);
              })
              .catch(function () { setTimeout(poll, 2000); }); // the server is stopped or restarting
          }

          poll();
        })();

        """#
}
