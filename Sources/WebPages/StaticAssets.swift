/// The stylesheet and the alerts page's script, served from the site itself so the
/// Content-Security-Policy can forbid every inline style and script.
public enum StaticAssets {
    public static let stylesheet = """
    body { font: 15px/1.45 system-ui, sans-serif; margin: 0 auto; max-width: 1100px; padding: 0 1em; color: #222; }
    nav a { margin-right: 1em; }
    table { border-collapse: collapse; width: 100%; }
    th, td { border-bottom: 1px solid #ddd; padding: .3em .5em; text-align: left; vertical-align: top; }
    td ul { margin: 0; padding-left: 1em; }
    .value { white-space: nowrap; font-variant-numeric: tabular-nums; }
    time { white-space: nowrap; }
    .badge { color: #b00; font-weight: bold; }
    tr.disputed td:first-child { border-left: 3px solid #c00; }
    blockquote { margin: 0; unicode-bidi: isolate; }
    /* An article's words can be any length (a URL, a hostile run of markup): they break rather than widen the page. */
    blockquote, td.article, h1.key { overflow-wrap: anywhere; }
    figure.chart { margin: 1em 0; max-width: 760px; }
    svg.timeline { display: block; width: 100%; height: auto; }
    ul.legend { list-style: none; display: flex; flex-wrap: wrap; gap: .2em 1.2em; margin: .2em 0 0; padding: 0 0 0 11.8%; font-size: 13px; }
    ul.legend .swatch { width: 14px; height: 14px; vertical-align: -2px; margin-right: .3em; }
    svg a.point:hover circle { stroke: #000; }
    tr:target { background: #ffd; }
    .source, .when, .note { color: #666; }

    """

    /// Follows `/api/alerts/stream` and adds each alert to the list, as text only.
    public static let alertsScript = """
    "use strict";
    (function () {
      var list = document.getElementById("alerts");
      if (!list || !window.EventSource) { return; }
      var source = new EventSource("/api/alerts/stream?after=" + encodeURIComponent(list.dataset.after || "0"));
      source.addEventListener("alert", function (event) {
        var alert = JSON.parse(event.data);
        var item = document.createElement("li");
        item.id = "alert-" + alert.id;
        item.className = alert.kind;
        var link = document.createElement("a");
        link.href = "/figures/" + alert.key.split("/").map(encodeURIComponent).join("/");
        link.textContent = alert.key;
        var summary = document.createElement("span");
        summary.className = "summary";
        summary.textContent = " " + alert.summary;
        item.appendChild(document.createTextNode(alert.at + " "));
        item.appendChild(link);
        item.appendChild(summary);
        list.insertBefore(item, list.firstChild);
      });
    })();

    """
}
