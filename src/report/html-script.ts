// The HTML report's only script, inline and self-contained. It enhances the server-rendered page: the table reads
// fine without it. It adds sort buttons to the column headers (with aria-sort), a filter box, and a button per
// candidate (aria-expanded) that shows its checks and evidence. It reads the DOM, never the network.
// Plain ES2017 without template literals, so it can live in this string unchanged.
export const PAGE_SCRIPT = `
(function () {
  "use strict";
  var table = document.getElementById("ranking");
  if (!table || !table.tHead) return;
  var groups = function () { return Array.prototype.slice.call(table.tBodies); };
  var toggles = [];

  groups().forEach(function (group) {
    var details = group.querySelector("tr.details");
    var nameCell = group.querySelector("tr.summary-row th.name");
    if (!details || !nameCell) return;
    details.hidden = true;
    var button = document.createElement("button");
    button.type = "button";
    button.className = "toggle";
    button.setAttribute("aria-expanded", "false");
    button.setAttribute("aria-controls", details.id);
    while (nameCell.firstChild) button.appendChild(nameCell.firstChild);
    nameCell.appendChild(button);
    var set = function (open) {
      button.setAttribute("aria-expanded", open ? "true" : "false");
      details.hidden = !open;
    };
    button.addEventListener("click", function () { set(button.getAttribute("aria-expanded") !== "true"); });
    toggles.push(set);
  });

  var headers = Array.prototype.slice.call(table.tHead.rows[0].cells);
  var cellValue = function (group, index, type) {
    var cell = group.rows[0].cells[index];
    if (!cell) return type === "number" ? 0 : "";
    return type === "number" ? Number(cell.getAttribute("data-value")) : cell.textContent.trim().toLowerCase();
  };
  var positionOf = function (group) { return Number(group.getAttribute("data-position")); };
  headers.forEach(function (header, index) {
    var type = header.getAttribute("data-sort");
    if (!type) return;
    var button = document.createElement("button");
    button.type = "button";
    button.className = "sort";
    while (header.firstChild) button.appendChild(header.firstChild);
    header.appendChild(button);
    button.addEventListener("click", function () {
      var current = header.getAttribute("aria-sort");
      var direction = current === "ascending" ? "descending"
        : current === "descending" ? "ascending" : header.getAttribute("data-first") || "ascending";
      headers.forEach(function (other) { other.removeAttribute("aria-sort"); });
      header.setAttribute("aria-sort", direction);
      var sign = direction === "ascending" ? 1 : -1;
      groups().sort(function (a, b) {
        var x = cellValue(a, index, type);
        var y = cellValue(b, index, type);
        var order = type === "number" ? x - y : x.localeCompare(y);
        return order !== 0 ? sign * order : positionOf(a) - positionOf(b);
      }).forEach(function (group) { table.appendChild(group); });
    });
  });

  var controls = document.getElementById("controls");
  var filter = document.getElementById("filter");
  var status = document.getElementById("filter-status");
  var expandAll = document.getElementById("expand-all");
  if (!controls || !filter || !status || !expandAll) return;
  controls.hidden = false;
  // What the candidate's row shows plus the résumé lines quoted as evidence: not the rubric's own words,
  // which every candidate shares.
  var searchText = function (group) {
    var parts = [group.rows[0] ? group.rows[0].textContent : ""];
    group.querySelectorAll(".evidence").forEach(function (list) { parts.push(list.textContent); });
    return parts.join(" ").toLowerCase();
  };
  filter.addEventListener("input", function () {
    var query = filter.value.trim().toLowerCase();
    var all = groups();
    var shown = 0;
    all.forEach(function (group) {
      var match = query === "" || searchText(group).indexOf(query) !== -1;
      group.hidden = !match;
      if (match) shown += 1;
    });
    status.textContent = query === "" ? "" : "Showing " + shown + " of " + all.length + " candidates";
  });
  expandAll.addEventListener("click", function () {
    var open = expandAll.getAttribute("aria-pressed") !== "true";
    expandAll.setAttribute("aria-pressed", open ? "true" : "false");
    expandAll.textContent = open ? "Collapse all" : "Expand all";
    toggles.forEach(function (set) { set(open); });
  });
})();
`;
