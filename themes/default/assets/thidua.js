/* thidua: "find your unit" on the ranking tables. Progressive enhancement:
   without this script every table is complete and in ranking order; with it,
   a search box (names typed with or without diacritics), filters by group
   and size bracket, and sortable columns. No framework, no request. The UI
   strings come from the theme's i18n files, as data-* attributes of the
   element that loads this file (head.mustache). */
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script || !document.querySelector || !window.Intl) { return; }
  var t = script.dataset;
  var lang = document.documentElement.lang || "vi";
  // The site's number format: 1.234,5 and 93,5% in Vietnamese, 1,234.5 in English.
  var decimalComma = lang === "vi";
  var collator = new Intl.Collator(lang, { numeric: true, sensitivity: "base" });
  document.documentElement.classList.add("js");

  /* "Xã Mỹ Khánh" → "xa my khanh": lower case, no diacritics, đ → d. */
  function fold(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[đĐ]/g, "d")
      .toLowerCase().replace(/\s+/g, " ").trim();
  }

  function fill(template, values) {
    return template.replace(/\{(\w+)\}/g, function (all, key) { return key in values ? values[key] : all; });
  }

  /* A cell's own text: without the target status and the screen-reader-only text. */
  function cellText(cell) {
    var text = "";
    for (var node = cell.firstChild; node; node = node.nextSibling) {
      if (node.nodeType === 1 && (node.classList.contains("status") || node.classList.contains("sr"))) { continue; }
      text += node.textContent;
    }
    return text.replace(/\s+/g, " ").trim();
  }

  /* "1.234,5", "93,5%", "+20,0 điểm %", "2.614.507.177 đ", "▲2", "< 1.000" → a number;
     null for a missing value ("—", "") or text. */
  function numberOf(text) {
    if (text === "" || text === "—") { return null; }
    if (text === "–") { return 0; }
    var s = text.replace(/[\s\u00a0]/g, "").replace("▲", "+").replace("▼", "-").replace("−", "-");
    var nudge = 0;
    if (/^[<]/.test(s)) { nudge = -0.5; } else if (/^[≥>]/.test(s)) { nudge = 0.5; }
    s = s.replace(/^[<>≤≥]/, "");
    s = decimalComma ? s.replace(/\./g, "").replace(",", ".") : s.replace(/,/g, "");
    var m = /^[+-]?\d+(\.\d+)?/.exec(s);
    return m ? parseFloat(m[0]) + nudge : null;
  }

  /* A link to a folded section (a unit page's "#nhung", for the embed's
     resizing script) opens it. */
  var target = location.hash && document.getElementById(location.hash.slice(1));
  if (target && target.tagName === "DETAILS") { target.open = true; }

  /* The "swipe sideways" hint, only where the table really overflows: on
     every page with a wide table, with or without a finder (the class "js"
     above hides the hints until this shows them). */
  function hints() {
    Array.prototype.forEach.call(document.querySelectorAll(".table-wrap"), function (w) {
      var hint = w.previousElementSibling;
      if (hint && hint.classList.contains("scroll-hint")) {
        hint.classList.toggle("overflows", w.scrollWidth > w.clientWidth + 1);
      }
    });
  }
  hints();
  window.addEventListener("resize", hints);

  var tables = Array.prototype.slice.call(document.querySelectorAll("table.ranking[data-find]"));
  if (tables.length === 0) { return; }

  /* Each table's data rows (those naming a unit) with what the finder needs. */
  var models = tables.map(function (table) {
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    var units = rows.filter(function (row) { return row.querySelector("th[scope=row]"); }).map(function (row, i) {
      return { row: row, index: i, name: fold(row.querySelector("th[scope=row]").textContent),
               group: row.getAttribute("data-group") || "", bracket: row.getAttribute("data-bracket") || "" };
    });
    return { table: table, body: body, rows: rows, units: units, sorted: null,
             section: tables.length > 1 ? table.closest("section.group") : null };
  });

  function distinct(key) {
    var seen = [];
    models.forEach(function (m) {
      m.units.forEach(function (u) { if (u[key] && seen.indexOf(u[key]) < 0) { seen.push(u[key]); } });
    });
    return seen;
  }

  function element(tag, attributes, text) {
    var e = document.createElement(tag);
    for (var key in attributes) { e.setAttribute(key, attributes[key]); }
    if (text) { e.textContent = text; }
    return e;
  }

  /* The finder: above the first table (above its chart, or its group's section). */
  var finder = element("div", { "class": "finder", role: "search" });
  var search = element("input", { type: "search", id: "finder-q", placeholder: t.placeholder || "",
                                   autocomplete: "off", spellcheck: "false" });
  var field = element("p", { "class": "finder-field" });
  field.appendChild(element("label", { "for": "finder-q" }, t.find));
  field.appendChild(search);
  finder.appendChild(field);

  function selectFor(key, label) {
    var values = distinct(key);
    if (values.length < 2) { return null; }
    var id = "finder-" + key;
    var select = element("select", { id: id });
    select.appendChild(element("option", { value: "" }, t.all));
    values.forEach(function (v) { select.appendChild(element("option", { value: v }, v)); });
    var p = element("p", { "class": "finder-field" });
    p.appendChild(element("label", { "for": id }, label));
    p.appendChild(select);
    finder.appendChild(p);
    return select;
  }
  var groupSelect = selectFor("group", t.group);
  var bracketSelect = selectFor("bracket", t.bracket);
  var reset = element("button", { type: "button", "class": "finder-reset", hidden: "" }, t.reset);
  finder.appendChild(reset);
  var status = element("p", { "class": "finder-status", "aria-live": "polite" });
  finder.appendChild(status);

  var first = models[0];
  var wrap = first.table.closest(".table-wrap") || first.table;
  var anchor = first.section || wrap;
  if (!first.section) {
    var before = wrap.previousElementSibling;
    if (before && before.classList.contains("scroll-hint")) { anchor = before; before = before.previousElementSibling; }
    if (before && before.matches("figure.chart")) { anchor = before; }
  }
  anchor.parentNode.insertBefore(finder, anchor);

  function apply() {
    var words = fold(search.value).split(" ").filter(Boolean);
    var group = groupSelect ? groupSelect.value : "";
    var bracket = bracketSelect ? bracketSelect.value : "";
    var active = words.length > 0 || group !== "" || bracket !== "";
    var shown = 0, total = 0;
    models.forEach(function (m) {
      var visible = 0;
      m.units.forEach(function (u) {
        var match = (!group || u.group === group) && (!bracket || u.bracket === bracket)
          && words.every(function (w) { return u.name.indexOf(w) >= 0; });
        u.row.hidden = !match;
        if (match) { visible += 1; }
      });
      // Rows that name no unit (the "… not listed" line) only make sense in the full list.
      m.rows.forEach(function (row) {
        if (!row.querySelector("th[scope=row]")) { row.hidden = active || m.sorted !== null; }
      });
      if (m.section) { m.section.hidden = active && visible === 0; }
      shown += visible;
      total += m.units.length;
    });
    document.documentElement.classList.toggle("finding", active);
    status.textContent = !active ? "" : shown === 0 ? t.none : fill(t.count, { shown: shown, total: total });
  }
  search.addEventListener("input", apply);
  if (groupSelect) { groupSelect.addEventListener("change", apply); }
  if (bracketSelect) { bracketSelect.addEventListener("change", apply); }

  /* Sorting: a button in each column header; numbers by value, text in
     Vietnamese order, missing values last; ties keep the ranking order. */
  function sortTable(m, column, direction) {
    var headers = m.table.tHead.rows[0].cells;
    for (var i = 0; i < headers.length; i++) {
      if (i === column && direction) { headers[i].setAttribute("aria-sort", direction); } else { headers[i].removeAttribute("aria-sort"); }
    }
    var keyed = m.units.map(function (u) {
      var text = cellText(u.row.cells[column]);
      return { u: u, text: text, number: m.numeric[column] ? numberOf(text) : null };
    });
    if (direction) {
      var sign = direction === "ascending" ? 1 : -1;
      keyed.sort(function (a, b) {
        var missingA = m.numeric[column] ? a.number === null : a.text === "";
        var missingB = m.numeric[column] ? b.number === null : b.text === "";
        if (missingA !== missingB) { return missingA ? 1 : -1; }
        var order = 0;
        if (!missingA) {
          order = m.numeric[column] ? (a.number < b.number ? -1 : a.number > b.number ? 1 : 0)
                                    : collator.compare(a.text, b.text);
        }
        return order !== 0 ? sign * order : a.u.index - b.u.index;
      });
      m.sorted = column;
      keyed.forEach(function (k) { m.body.appendChild(k.u.row); });
      m.rows.forEach(function (row) { if (!row.querySelector("th[scope=row]")) { m.body.appendChild(row); } });
    } else {
      m.sorted = null;
      m.rows.forEach(function (row) { m.body.appendChild(row); });
    }
    Array.prototype.forEach.call(m.table.querySelectorAll("button.sort"), function (b) {
      b.textContent = Number(b.getAttribute("data-column")) === column && direction
        ? (direction === "ascending" ? "↑" : "↓") : "↕";
    });
    reset.hidden = models.every(function (x) { return x.sorted === null; });
    apply();
  }

  models.forEach(function (m) {
    var headers = m.table.tHead.rows[0].cells;
    m.numeric = [];
    for (var c = 0; c < headers.length; c++) {
      var numbers = 0, filled = 0;
      m.units.forEach(function (u) {
        var text = u.row.cells[c] ? cellText(u.row.cells[c]) : "";
        if (text !== "" && text !== "—") { filled += 1; if (numberOf(text) !== null) { numbers += 1; } }
      });
      m.numeric.push(filled > 0 && numbers * 2 >= filled);
    }
    Array.prototype.forEach.call(headers, function (th, column) {
      var named = th.querySelector(".sr") || th.querySelector("a");
      var name = named ? named.textContent.trim() : cellText(th);
      var button = element("button", { type: "button", "class": "sort", "data-column": String(column),
                                       "aria-label": fill(t.sort || "{column}", { column: name }) }, "↕");
      button.addEventListener("click", function () {
        var current = th.getAttribute("aria-sort");
        // Numbers: highest first, then lowest first; text: A to Z, then Z to A; then the ranking order.
        var firstWay = m.numeric[column] && column !== 0 ? "descending" : "ascending";
        var secondWay = firstWay === "ascending" ? "descending" : "ascending";
        sortTable(m, column, !current ? firstWay : current === firstWay ? secondWay : null);
      });
      th.appendChild(button);
    });
  });

  reset.addEventListener("click", function () {
    models.forEach(function (m) { if (m.sorted !== null) { sortTable(m, m.sorted, null); } });
    search.focus();
  });
  // The sort buttons widen the headers: the hints again, for the tables' new widths.
  hints();
})();
