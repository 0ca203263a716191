/* practice-check web page: posts the chosen files to the API and renders the report from its JSON.
   Everything shown is set with textContent, never parsed as HTML. */
"use strict";

(function () {
  var OUTCOMES = ["ERROR", "NOT_MET", "CANNOT_TELL", "NOT_YET_DUE", "MET", "NOT_APPLICABLE"];
  var OUTCOME_WORDS = {
    ERROR: "Rule error", NOT_MET: "Not met", CANNOT_TELL: "Cannot tell",
    NOT_YET_DUE: "Not yet due", MET: "Met", NOT_APPLICABLE: "Not applicable", DUE_SOON: "Due soon"
  };
  /* Red/amber/green thresholds, as shares of the (case, rule) results that apply. */
  var RED_NOT_MET_SHARE = 0.2;
  var AMBER_CANNOT_TELL_SHARE = 0.2;
  var CASES_SHOWN_AT_ONCE = 100;

  var state = { report: null, reportText: null, files: [], asOf: null, shown: CASES_SHOWN_AT_ONCE };

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }

  function byId(id) { return document.getElementById(id); }

  function clear(node) { while (node.firstChild) { node.removeChild(node.firstChild); } }

  function number(n) { return Number(n).toLocaleString("en-GB"); }

  function plural(n, noun) {
    var many = /[^aeiou]y$/.test(noun) ? noun.slice(0, -1) + "ies" : noun + "s";
    return number(n) + " " + (n === 1 ? noun : many);
  }

  function percent(share) { return Math.round(share * 100) + "%"; }

  function todayText() {
    var d = new Date();
    function two(n) { return (n < 10 ? "0" : "") + n; }
    return d.getFullYear() + "-" + two(d.getMonth() + 1) + "-" + two(d.getDate());
  }

  function setStatus(text) { byId("status").textContent = text; }

  function showProblem(message, details) {
    var box = byId("problem");
    clear(box);
    box.appendChild(el("p", "problem-message", message));
    if (details && details.length) {
      var list = el("ul");
      details.forEach(function (d) { list.appendChild(el("li", null, d)); });
      box.appendChild(list);
    }
    box.hidden = false;
    box.focus();
  }

  function hideProblem() { byId("problem").hidden = true; clear(byId("problem")); }

  function outcomeBadge(outcome) {
    var key = outcome.toLowerCase();
    return el("span", "badge outcome-" + key, OUTCOME_WORDS[outcome] || outcome);
  }

  /* ---- counting and rating ---- */

  function emptyCounts() {
    var counts = {};
    OUTCOMES.forEach(function (o) { counts[o] = 0; });
    return counts;
  }

  function rating(counts) {
    var applicable = 0;
    OUTCOMES.forEach(function (o) { if (o !== "NOT_APPLICABLE") { applicable += counts[o]; } });
    if (applicable === 0) { return { key: "none", words: "Does not apply" }; }
    var notMet = counts.NOT_MET + counts.ERROR;
    if (counts.ERROR > 0 || notMet / applicable >= RED_NOT_MET_SHARE) { return { key: "red", words: "Red" }; }
    if (notMet > 0 || counts.CANNOT_TELL / applicable >= AMBER_CANNOT_TELL_SHARE) {
      return { key: "amber", words: "Amber" };
    }
    return { key: "green", words: "Green" };
  }

  function thresholdsText() {
    var box = byId("thresholds-text");
    clear(box);
    box.appendChild(el("p", null, "Each rating counts the results of a rule on the cases it applies to "
      + "(cases where it does not apply are left out). A team's rating counts every rule on every case of the team."));
    var list = el("ul");
    list.appendChild(el("li", null, "Red: the rule was not met in " + percent(RED_NOT_MET_SHARE)
      + " or more of the results, or a rule failed to run."));
    list.appendChild(el("li", null, "Amber: not met at least once but in fewer than " + percent(RED_NOT_MET_SHARE)
      + ", or the record could not tell in " + percent(AMBER_CANNOT_TELL_SHARE) + " or more."));
    list.appendChild(el("li", null, "Green: met or not yet due everywhere, with the record unable to tell in fewer than "
      + percent(AMBER_CANNOT_TELL_SHARE) + "."));
    box.appendChild(list);
    box.appendChild(el("p", null, "The colour is never the only sign: each rating is also written in words."));
  }

  function tally(report) {
    var byRule = {};
    var byTeam = {};
    report.rules.forEach(function (r) { byRule[r.id] = emptyCounts(); });
    report.cases.forEach(function (c) {
      var team = c.team || "No team recorded";
      if (!byTeam[team]) { byTeam[team] = { counts: emptyCounts(), cases: 0, needingAction: 0 }; }
      byTeam[team].cases += 1;
      if (needsAction(c)) { byTeam[team].needingAction += 1; }
      c.results.forEach(function (r) {
        if (!byRule[r.rule]) { byRule[r.rule] = emptyCounts(); }
        byRule[r.rule][r.outcome] += 1;
        byTeam[team].counts[r.outcome] += 1;
      });
    });
    return { byRule: byRule, byTeam: byTeam };
  }

  function needsAction(c) { return c.outcome === "NOT_MET" || c.outcome === "ERROR"; }

  /* ---- rendering ---- */

  function figure(list, label, value, id) {
    var wrap = el("div", "figure");
    var dt = el("dt", null, label);
    var dd = el("dd", null, number(value));
    if (id) { dd.id = id; }
    wrap.appendChild(dt);
    wrap.appendChild(dd);
    list.appendChild(wrap);
  }

  /* The cohort indicators, each beside what the inspectors reported (definitions: docs/indicators.md). */
  function renderIndicators(report) {
    var indicators = report.indicators;
    byId("indicators-period").textContent = "From " + indicators.from + " to " + indicators.to
      + ". Occasions are counted in the period they fall due; cases the data did not let us judge are counted"
      + " apart, in neither the numerator nor the denominator.";
    var body = byId("indicator-table").tBodies[0];
    var teams = byId("indicator-teams").tBodies[0];
    clear(body);
    clear(teams);
    indicators.items.forEach(function (item) {
      var row = el("tr");
      row.appendChild(el("th", null, item.title)).setAttribute("scope", "row");
      row.appendChild(el("td", "indicator-value", item.overall.shown));
      var said = el("td");
      if (item.inspectors.length === 0) {
        said.textContent = "No figure in the reports";
      } else {
        var list = el("ul", "inspectors");
        item.inspectors.forEach(function (f) {
          var entry = el("li", null, f.shown);
          entry.title = "\u201c" + f.words + "\u201d" + (f.note ? " " + f.note : "");
          list.appendChild(entry);
        });
        said.appendChild(list);
      }
      row.appendChild(said);
      row.appendChild(el("td", null, item.overall.counted));
      row.appendChild(el("td", null, item.overall.notJudgedWords || "none"));
      body.appendChild(row);
      item.byTeam.forEach(function (t) {
        var teamRow = el("tr");
        teamRow.appendChild(el("td", null, item.title));
        teamRow.appendChild(el("td", null, t.team));
        teamRow.appendChild(el("td", "indicator-value", t.figures.shown));
        teamRow.appendChild(el("td", null, t.figures.counted));
        teamRow.appendChild(el("td", null, t.figures.notJudgedWords || "none"));
        teams.appendChild(teamRow);
      });
    });
  }

  function renderFigures(report) {
    var list = byId("figures");
    clear(list);
    var needing = report.cases.filter(needsAction).length;
    figure(list, "Records read", report.summary.recordsRead, "figure-read");
    figure(list, "Cases checked", report.summary.evaluated, "figure-checked");
    figure(list, "Records not read", report.summary.rejected, "figure-rejected");
    figure(list, "Cases needing action", needing, "figure-needing-action");
    figure(list, "Results not met", report.summary.outcomes.NOT_MET, "figure-not-met");
    figure(list, "Results the record cannot tell", report.summary.outcomes.CANNOT_TELL, "figure-cannot-tell");
  }

  function ratingsHead(table, firstColumn) {
    var head = el("thead");
    var row = el("tr");
    [firstColumn, "Rating", "Not met", "Cannot tell", "Not yet due", "Met", "Not applicable"].forEach(function (h) {
      var th = el("th", null, h);
      th.scope = "col";
      row.appendChild(th);
    });
    head.appendChild(row);
    table.appendChild(head);
  }

  function ratingsRow(body, name, counts, href) {
    var row = el("tr");
    var th = el("th");
    th.scope = "row";
    if (href) {
      var a = el("a", null, name);
      a.href = href;
      th.appendChild(a);
    } else {
      th.textContent = name;
    }
    row.appendChild(th);
    var r = rating(counts);
    var cell = el("td");
    cell.appendChild(el("span", "rating rating-" + r.key, r.words));
    row.appendChild(cell);
    var labels = ["Not met", "Cannot tell", "Not yet due", "Met", "Not applicable"];
    [counts.NOT_MET + counts.ERROR, counts.CANNOT_TELL, counts.NOT_YET_DUE, counts.MET, counts.NOT_APPLICABLE]
      .forEach(function (n, i) {
        var td = el("td", "number", number(n));
        td.setAttribute("data-label", labels[i]);
        row.appendChild(td);
      });
    body.appendChild(row);
  }

  function resetTable(table) {
    var caption = table.querySelector("caption");
    clear(table);
    table.appendChild(caption);
  }

  function renderRatings(report) {
    var tallies = tally(report);
    var ruleTable = byId("by-rule");
    resetTable(ruleTable);
    ratingsHead(ruleTable, "Rule");
    var body = el("tbody");
    var rank = { red: 0, amber: 1, green: 2 };
    var applying = report.rules.filter(function (rule) { return rating(tallies.byRule[rule.id]).key !== "none"; });
    applying.sort(function (a, b) {
      return rank[rating(tallies.byRule[a.id]).key] - rank[rating(tallies.byRule[b.id]).key];
    });
    applying.forEach(function (rule) {
      ratingsRow(body, rule.title, tallies.byRule[rule.id], "/rules#rule-" + rule.id.replace(/[^A-Za-z0-9-]/g, "-"));
    });
    ruleTable.appendChild(body);
    var idle = report.rules.filter(function (rule) { return applying.indexOf(rule) < 0; });
    byId("rules-not-applying").textContent = idle.length === 0 ? "" : plural(idle.length, "rule")
      + " did not apply to any of these cases: " + idle.map(function (r) { return r.title; }).join("; ") + ".";

    var teamTable = byId("by-team");
    resetTable(teamTable);
    ratingsHead(teamTable, "Team");
    body = el("tbody");
    Object.keys(tallies.byTeam).sort().forEach(function (team) {
      var t = tallies.byTeam[team];
      ratingsRow(body, team + " (" + t.cases + (t.cases === 1 ? " case, " : " cases, ") + t.needingAction
        + " needing action)", t.counts, null);
    });
    teamTable.appendChild(body);
  }

  function renderRejections(report) {
    var section = byId("rejections");
    var list = byId("rejection-list");
    clear(list);
    report.rejected.forEach(function (r) {
      list.appendChild(el("li", null, r.file + ", record " + r.record + where(r.field) + ": " + r.reason));
    });
    section.hidden = report.rejected.length === 0;
  }

  /* A JSON record names a field path (reviews[1].date); a workbook names a place in words
     (List 8 - Children in care, row 17, column F (...)), which reads best without "field". */
  function where(field) {
    if (!field) { return ""; }
    return /\s/.test(field) ? ", " + field : ", field " + field;
  }

  function fillSelect(select, anyWords, options) {
    clear(select);
    var any = el("option", null, anyWords);
    any.value = "";
    select.appendChild(any);
    options.forEach(function (o) {
      var option = el("option", null, o.words);
      option.value = o.value;
      select.appendChild(option);
    });
  }

  function distinct(values) {
    var seen = {};
    values.forEach(function (v) { if (v) { seen[v] = true; } });
    return Object.keys(seen).sort();
  }

  function renderFilters(report) {
    var asOptions = function (v) { return { value: v, words: v }; };
    fillSelect(byId("filter-team"), "All teams", distinct(report.cases.map(function (c) { return c.team; })).map(asOptions));
    fillSelect(byId("filter-worker"), "All workers",
      distinct(report.cases.map(function (c) { return c.worker; })).map(asOptions));
    fillSelect(byId("filter-rule"), "All rules", report.rules.map(function (r) { return { value: r.id, words: r.title }; }));
    fillSelect(byId("filter-outcome"), "Any outcome", OUTCOMES.map(function (o) { return { value: o, words: OUTCOME_WORDS[o] }; }));
  }

  function filters() {
    return {
      team: byId("filter-team").value, worker: byId("filter-worker").value,
      rule: byId("filter-rule").value, outcome: byId("filter-outcome").value
    };
  }

  function resultShown(result, f) {
    if (f.rule && result.rule !== f.rule) { return false; }
    if (f.outcome) { return result.outcome === f.outcome; }
    return result.outcome !== "NOT_APPLICABLE";
  }

  function caseShown(c, f) {
    if (f.team && c.team !== f.team) { return false; }
    if (f.worker && c.worker !== f.worker) { return false; }
    if (f.rule || f.outcome) { return c.results.some(function (r) { return resultShown(r, f); }); }
    return true;
  }

  function mostDaysOverdue(c) {
    var most = 0;
    c.results.forEach(function (r) {
      (r.findings || []).forEach(function (f) { if (f.daysOverdue && f.daysOverdue > most) { most = f.daysOverdue; } });
    });
    return most;
  }

  function sortCases(cases) {
    return cases.slice().sort(function (a, b) {
      var byOutcome = OUTCOMES.indexOf(a.outcome) - OUTCOMES.indexOf(b.outcome);
      if (byOutcome !== 0) { return byOutcome; }
      var byOverdue = mostDaysOverdue(b) - mostDaysOverdue(a);
      if (byOverdue !== 0) { return byOverdue; }
      return String(a.caseId).localeCompare(String(b.caseId));
    });
  }

  function groupOf(c) {
    if (needsAction(c)) { return "Needing action"; }
    if (c.outcome === "CANNOT_TELL") { return "The record cannot tell"; }
    return "On track";
  }

  function renderFinding(finding) {
    var item = el("li", "finding");
    if (finding.subject) { item.appendChild(el("p", "subject", finding.subject.charAt(0).toUpperCase() + finding.subject.slice(1))); }
    if (finding.message) { item.appendChild(el("p", "message", finding.message)); }
    var facts = el("dl", "finding-facts");
    function fact(label, value) {
      if (value === undefined || value === null || value === "") { return; }
      var wrap = el("div");
      wrap.appendChild(el("dt", null, label));
      wrap.appendChild(el("dd", null, value));
      facts.appendChild(wrap);
    }
    fact("Due", finding.due ? finding.due + (finding.dueBasis ? " (" + finding.dueBasis + ")" : "") : null);
    fact("Done", finding.done);
    fact("Days overdue", finding.daysOverdue);
    if (facts.firstChild) { item.appendChild(facts); }
    if (finding.requirements && finding.requirements.length) {
      var reqs = el("ul", "requirements");
      finding.requirements.forEach(function (q) {
        var words = q.satisfied === true ? "Yes" : q.satisfied === false ? "No" : "Record does not say";
        var li = el("li", "requirement requirement-" + (q.satisfied === true ? "yes" : q.satisfied === false ? "no" : "unknown"));
        li.appendChild(el("span", "requirement-answer", words + ": "));
        li.appendChild(document.createTextNode(q.label));
        reqs.appendChild(li);
      });
      item.appendChild(reqs);
    }
    return item;
  }

  /* What the inspectors asked for, or, where no recommendation asks for it, the statutory source the policy cites. */
  function renderRecommendation(rule, citations) {
    var ids = rule.recommendations || [];
    var statutory = (rule.statutory || []).map(function (key) { return citations.statutory[key]; })
      .filter(function (s) { return s && s.source; });
    if (!ids.length && !statutory.length) { return null; }
    var box = el("div", "recommendation");
    if (ids.length) {
      var first = citations.recommendations[ids[0]];
      box.appendChild(el("p", "recommendation-label", "Inspectors asked:"));
      if (first && first.text) {
        var quote = el("blockquote");
        quote.appendChild(el("p", null, first.text));
        box.appendChild(quote);
        box.appendChild(el("p", "source", ids[0] + ": " + [first.report, first.section, first.date].filter(Boolean).join(", ")
          + (first.source ? " (source text " + first.source + ")" : "")));
      } else {
        box.appendChild(el("p", "source", ids[0]));
      }
      if (ids.length > 1) { box.appendChild(el("p", "also", "Also asked in " + ids.slice(1).join(", ") + ".")); }
    } else {
      box.appendChild(el("p", "recommendation-label",
        "No inspection recommendation asks for this; the policy cites where the duty comes from."));
    }
    statutory.forEach(function (s) { box.appendChild(el("p", "source statutory", "Source: " + s.source + ".")); });
    return box;
  }

  /* The sections of a child's card, in the order a manager reads them. */
  var SECTIONS = [
    { key: "error", title: "Rule errors", inspectors: true, test: function (fd) { return fd.outcome === "ERROR"; } },
    { key: "not_met", title: "Not met", inspectors: true, test: function (fd) { return fd.outcome === "NOT_MET"; } },
    { key: "cannot_tell", title: "The record cannot tell", inspectors: false,
      test: function (fd) { return fd.outcome === "CANNOT_TELL"; } },
    { key: "due_soon", title: "Due soon", inspectors: false, test: function (fd) { return isDueSoon(fd); } },
    { key: "met", title: "Met", inspectors: false, brief: true, test: function (fd) { return fd.outcome === "MET"; } },
    { key: "due_later", title: "Due later", inspectors: false, brief: true,
      test: function (fd) { return fd.outcome === "NOT_YET_DUE" && !isDueSoon(fd); } }
  ];

  function dueSoonUntil() {
    var days = parseInt(byId("due-within").value, 10);
    var until = new Date(state.report.asOf + "T00:00:00Z");
    until.setUTCDate(until.getUTCDate() + (isNaN(days) || days < 0 ? 28 : days));
    return until.toISOString().slice(0, 10);
  }

  function isDueSoon(finding) {
    return finding.outcome === "NOT_YET_DUE" && !!finding.dueDate && finding.dueDate <= state.dueSoonUntil;
  }

  function daysBetween(from, to) {
    return Math.round((Date.parse(to + "T00:00:00Z") - Date.parse(from + "T00:00:00Z")) / 86400000);
  }

  function resultSection(section, entries, citations) {
    var box = el("section", "result-group group-" + section.key);
    box.appendChild(el("h6", "group-heading", section.title + " (" + plural(entries.length, "rule") + ")"));
    entries.forEach(function (entry) {
      var rule = entry.rule;
      var item = el("div", "result result-" + section.key);
      if (section.brief) {
        var line = rule.title;
        if (section.key === "met" && entry.findings.length > 1) {
          line += " (" + plural(entry.findings.length, "occasion") + ", all on time)";
        }
        if (section.key === "due_later") {
          line += ": " + entry.findings.map(function (fd) { return fd.subject + (fd.due ? ", due " + fd.due : ""); }).join("; ");
        }
        item.appendChild(el("p", "result-line", line));
        box.appendChild(item);
        return;
      }
      var h = el("p", "result-title");
      h.appendChild(outcomeBadge(section.key === "due_soon" ? "DUE_SOON" : entry.findings[0].outcome));
      h.appendChild(document.createTextNode(" " + rule.title));
      item.appendChild(h);
      var list = el("ul", "findings");
      entry.findings.forEach(function (finding) { list.appendChild(renderFinding(finding, section.key)); });
      item.appendChild(list);
      if (entry.onTime > 0) { item.appendChild(el("p", "on-time", "(" + plural(entry.onTime, "other occasion") + " on time)")); }
      if (section.inspectors) {
        var rec = renderRecommendation(rule, citations);
        if (rec) { item.appendChild(rec); }
      }
      box.appendChild(item);
    });
    return box;
  }

  function renderCase(c, index, f, rulesById, citations) {
    var article = el("article", "case case-" + c.outcome.toLowerCase());
    var titleId = "case-" + index + "-title";
    article.setAttribute("aria-labelledby", titleId);
    var heading = el("h5", "case-title");
    heading.id = titleId;
    heading.tabIndex = -1;
    heading.appendChild(el("span", "case-name", c.childName ? c.childName : "Case " + c.caseId));
    heading.appendChild(document.createTextNode(" "));
    heading.appendChild(outcomeBadge(c.outcome));
    article.appendChild(heading);
    article.appendChild(el("p", "meta", (c.childName ? "Case " + c.caseId + " · " : "") + "Team: " + (c.team || "not recorded")
      + " · Worker: " + (c.worker || "not recorded") + " · From: " + c.source.file + ", record " + c.source.record));
    if (c.warnings && c.warnings.length) {
      var warnings = el("ul", "warnings");
      c.warnings.forEach(function (w) { warnings.appendChild(el("li", null, "Passed over: " + w)); });
      article.appendChild(warnings);
    }
    var counts = { notMet: 0, soon: 0 };
    var notApplicable = [];
    var grouped = SECTIONS.map(function () { return []; });
    c.results.forEach(function (result) {
      var rule = rulesById[result.rule] || { id: result.rule, title: result.rule, recommendations: [] };
      if (f.rule && result.rule !== f.rule) { return; }
      if (f.outcome && result.outcome !== f.outcome) { return; }
      var findings = result.findings || [];
      if (!findings.length) { notApplicable.push(rule.title); return; }
      var onTime = findings.filter(function (fd) { return fd.outcome === "MET"; }).length;
      var shortfall = findings.some(function (fd) {
        return fd.outcome === "NOT_MET" || fd.outcome === "ERROR" || fd.outcome === "CANNOT_TELL";
      });
      SECTIONS.forEach(function (section, i) {
        if (section.key === "met" && (shortfall || onTime === 0)) { return; }
        var these = findings.filter(section.test);
        if (these.length) {
          grouped[i].push({ rule: rule, findings: these, onTime: section.key === "not_met" ? onTime : 0 });
        }
      });
      counts.notMet += findings.filter(function (fd) { return fd.outcome === "NOT_MET"; }).length;
      counts.soon += findings.filter(isDueSoon).length;
    });
    article.appendChild(el("p", "overall", (counts.notMet ? "Needs action: " : "Nothing overdue: ")
      + plural(counts.notMet, "occasion") + " not met, " + counts.soon + " due by " + state.dueSoonUntil + "."));
    SECTIONS.forEach(function (section, i) {
      if (grouped[i].length) { article.appendChild(resultSection(section, grouped[i], citations)); }
    });
    if (notApplicable.length) {
      var na = el("details", "not-applicable");
      na.appendChild(el("summary", null, plural(notApplicable.length, "rule") + " do not apply to this case"));
      na.appendChild(el("p", null, notApplicable.join("; ") + "."));
      article.appendChild(na);
    }
    return article;
  }

  /* What falls due soon, by team and worker: what, for which child, due when. */
  function renderDueSoon(report) {
    var list = byId("due-soon-list");
    clear(list);
    var rows = [];
    var titles = {};
    report.rules.forEach(function (r) { titles[r.id] = r.title; });
    report.cases.forEach(function (c) {
      c.results.forEach(function (r) {
        (r.findings || []).forEach(function (fd) {
          if (isDueSoon(fd)) {
            rows.push({ team: c.team || "Team not recorded", worker: c.worker || "Worker not recorded", due: fd.dueDate,
              who: c.childName ? c.childName + " (" + c.caseId + ")" : c.caseId, what: titles[r.rule] || r.rule,
              subject: fd.subject });
          }
        });
      });
    });
    rows.sort(function (a, b) {
      return a.team.localeCompare(b.team) || a.worker.localeCompare(b.worker) || a.due.localeCompare(b.due)
        || a.who.localeCompare(b.who) || a.what.localeCompare(b.what);
    });
    byId("due-soon-count").textContent = plural(rows.length, "duty")
      + " due from " + report.asOf + " to " + state.dueSoonUntil + ".";
    var team = null;
    var worker = null;
    var ul = null;
    rows.forEach(function (row) {
      if (row.team !== team) {
        team = row.team;
        worker = null;
        list.appendChild(el("h4", "due-team", team));
      }
      if (row.worker !== worker) {
        worker = row.worker;
        list.appendChild(el("h5", "due-worker", worker));
        ul = el("ul", "due-items");
        list.appendChild(ul);
      }
      var li = el("li");
      li.appendChild(el("strong", null, row.due + " (in " + plural(daysBetween(report.asOf, row.due), "day") + ")"));
      li.appendChild(document.createTextNode(": " + row.who + " – " + row.what + " (" + row.subject + ")"));
      ul.appendChild(li);
    });
  }

  function renderCases() {
    var report = state.report;
    var f = filters();
    var rulesById = {};
    report.rules.forEach(function (r) { rulesById[r.id] = r; });
    var citations = { recommendations: {}, statutory: {} };
    report.recommendations.forEach(function (r) { citations.recommendations[r.id] = r; });
    (report.statutorySources || []).forEach(function (s) { citations.statutory[s.key] = s; });
    var shown = sortCases(report.cases.filter(function (c) { return caseShown(c, f); }));
    var container = byId("cases");
    clear(container);
    var visible = shown.slice(0, state.shown);
    byId("case-count").textContent = report.cases.length === 1 ? "" : "Showing " + number(visible.length) + " of "
      + number(shown.length) + (shown.length === report.cases.length ? "" : " matching")
      + (shown.length === 1 ? " case" : " cases") + " (" + number(report.cases.length) + " checked).";
    var group = null;
    visible.forEach(function (c, i) {
      if (report.cases.length > 1 && groupOf(c) !== group) {
        group = groupOf(c);
        var count = shown.filter(function (s) { return groupOf(s) === group; }).length;
        container.appendChild(el("h4", "group-title", group + " (" + count + ")"));
      }
      container.appendChild(renderCase(c, i, f, rulesById, citations));
    });
    if (shown.length > visible.length) {
      var more = el("button", "more no-print", "Show " + Math.min(CASES_SHOWN_AT_ONCE, shown.length - visible.length)
        + " more cases");
      more.type = "button";
      more.addEventListener("click", function () {
        state.shown += CASES_SHOWN_AT_ONCE;
        renderCases();
      });
      container.appendChild(more);
    }
  }

  function renderReport(report) {
    state.report = report;
    state.shown = CASES_SHOWN_AT_ONCE;
    state.dueSoonUntil = dueSoonUntil();
    var single = report.cases.length === 1;
    var casesSection = byId("cases-section");
    var reportSection = byId("report");
    if (single) {
      var first = byId("indicators") && byId("indicators").compareDocumentPosition(byId("figures"))
        & Node.DOCUMENT_POSITION_FOLLOWING ? byId("indicators") : byId("figures");
      reportSection.insertBefore(casesSection, first);
    } else {
      reportSection.insertBefore(casesSection, byId("rejections").nextSibling);
    }
    byId("cases-title").textContent = single ? "The child" : "Cases";
    byId("filters").hidden = single;
    renderDueSoon(report);
    byId("report-context").textContent = "As of " + report.asOf + ", judged against " + report.rules.length
      + " rules with the policy \u201c" + report.policy + "\u201d.";
    renderIndicators(report);
    renderFigures(report);
    thresholdsText();
    renderRatings(report);
    renderRejections(report);
    renderFilters(report);
    renderCases();
    byId("report").hidden = false;
  }

  /* ---- talking to the server ---- */

  /* With sign-in on, every upload carries the session's CSRF token (session.js reads it). */
  function signedIn(headers) {
    var token = window.practiceCheckCsrfToken ? window.practiceCheckCsrfToken() : "";
    if (token) {
      headers["X-CSRF-Token"] = token;
    }
    return headers;
  }

  function formData() {
    var data = new FormData();
    state.files.forEach(function (file) { data.append("files", file, file.name); });
    data.append("asOf", state.asOf);
    return data;
  }

  function problemFrom(response) {
    return response.text().then(function (text) {
      try {
        var body = JSON.parse(text);
        return { message: body.message || ("The server answered " + response.status + "."), details: body.details || [] };
      } catch (e) {
        return { message: "The server answered " + response.status + ".", details: [] };
      }
    });
  }

  function submit(event) {
    event.preventDefault();
    hideProblem();
    var input = byId("files");
    var asOf = byId("as-of").value;
    if (!input.files.length) {
      showProblem("Choose at least one case file to check.", []);
      input.focus();
      return;
    }
    if (!asOf) {
      showProblem("Choose the as-of date.", []);
      byId("as-of").focus();
      return;
    }
    state.files = Array.prototype.slice.call(input.files);
    state.asOf = asOf;
    var button = byId("check-button");
    button.disabled = true;
    setStatus("Checking " + state.files.length + (state.files.length === 1 ? " file" : " files") + "\u2026");
    fetch("/api/check", { method: "POST", body: formData(), headers: signedIn({ Accept: "application/json" }) })
      .then(function (response) {
        if (!response.ok) {
          return problemFrom(response).then(function (p) {
            setStatus("");
            showProblem(p.message, p.details);
          });
        }
        return response.text().then(function (text) {
          state.reportText = text;
          var report = JSON.parse(text);
          renderReport(report);
          var needing = report.cases.filter(needsAction).length;
          setStatus("Report ready: " + plural(report.summary.evaluated, "case") + " checked, " + needing
            + " needing action" + (report.summary.rejected
              ? ", " + plural(report.summary.rejected, "record") + " not read." : "."));
          var first = report.cases.length === 1 && document.querySelector("#cases .case-title");
          (first || byId("report-title")).focus();
        });
      })
      .catch(function () {
        setStatus("");
        showProblem("The server could not be reached. Is practice-check still running?", []);
      })
      .then(function () { button.disabled = false; });
  }

  function saveBlob(blob, name) {
    var url = URL.createObjectURL(blob);
    var link = el("a");
    link.href = url;
    link.download = name;
    document.body.appendChild(link);
    link.click();
    document.body.removeChild(link);
    setTimeout(function () { URL.revokeObjectURL(url); }, 1000);
  }

  /* The JSON report exactly as the server sent it: the same shape as `check --format json`. */
  function downloadJson() {
    saveBlob(new Blob([state.reportText], { type: "application/json" }), "practice-check-" + state.asOf + ".json");
    setStatus("The JSON report was saved.");
  }

  /* HTML and CSV: the server re-reads the same files and writes the aggregated audit report. */
  function downloadAudit(format) {
    setStatus("Preparing the " + format.toUpperCase() + " report\u2026");
    fetch("/api/audit?format=" + encodeURIComponent(format), { method: "POST", body: formData(), headers: signedIn({}) })
      .then(function (response) {
        if (!response.ok) {
          return problemFrom(response).then(function (p) { setStatus(""); showProblem(p.message, p.details); });
        }
        return response.blob().then(function (blob) {
          saveBlob(blob, "practice-check-audit-" + state.asOf + "." + format);
          setStatus("The " + format.toUpperCase() + " report was saved.");
        });
      })
      .catch(function () { setStatus(""); showProblem("The server could not be reached to prepare the download.", []); });
  }

  function describeChosen(files) {
    var names = Array.prototype.map.call(files, function (f) { return f.name; });
    byId("chosen").textContent = names.length ? "Chosen: " + names.join(", ") : "";
  }

  function wireDropZone() {
    var zone = byId("drop-zone");
    var input = byId("files");
    ["dragenter", "dragover"].forEach(function (type) {
      zone.addEventListener(type, function (e) { e.preventDefault(); zone.classList.add("dragging"); });
    });
    ["dragleave", "drop"].forEach(function (type) {
      zone.addEventListener(type, function () { zone.classList.remove("dragging"); });
    });
    zone.addEventListener("drop", function (e) {
      e.preventDefault();
      if (e.dataTransfer && e.dataTransfer.files.length) {
        input.files = e.dataTransfer.files;
        describeChosen(input.files);
      }
    });
    input.addEventListener("change", function () { describeChosen(input.files); });
  }

  document.addEventListener("DOMContentLoaded", function () {
    byId("as-of").value = todayText();
    wireDropZone();
    byId("upload-form").addEventListener("submit", submit);
    ["filter-team", "filter-worker", "filter-rule", "filter-outcome"].forEach(function (id) {
      byId(id).addEventListener("change", function () { state.shown = CASES_SHOWN_AT_ONCE; renderCases(); });
    });
    byId("filters").addEventListener("reset", function () {
      setTimeout(function () { state.shown = CASES_SHOWN_AT_ONCE; renderCases(); }, 0);
    });
    byId("due-within").addEventListener("change", function () {
      if (!state.report) { return; }
      state.dueSoonUntil = dueSoonUntil();
      renderDueSoon(state.report);
      renderCases();
    });
    byId("download-json").addEventListener("click", downloadJson);
    Array.prototype.forEach.call(document.querySelectorAll(".downloads button[data-format]"), function (button) {
      button.addEventListener("click", function () { downloadAudit(button.getAttribute("data-format")); });
    });
    byId("print-button").addEventListener("click", function () { window.print(); });
    window.addEventListener("beforeprint", function () {
      Array.prototype.forEach.call(document.querySelectorAll("details"), function (d) { d.open = true; });
    });
  });
}());
