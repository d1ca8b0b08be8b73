namespace Zhuzhou.Education.Domain.Cli.Output;

/// <summary>
/// The page's stylesheet: a column of parts that reflows from a 360 px phone to a wide screen, and a print layout for
/// A4 (通报 are printed): 15 mm margins, a page break before each later part, charts scaled to the page, rows never
/// split across pages, colours kept.
/// </summary>
internal static class HtmlStyle
{
    public const string Css = """
        * { box-sizing: border-box; }
        body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", sans-serif; margin: 0 auto; padding: 24px 32px; max-width: 1200px; color: #222; background: #fafafa; line-height: 1.45; }
        h1 { font-size: 22px; margin: 0 0 4px 0; }
        h2 { font-size: 17px; margin: 28px 0 8px 0; border-bottom: 1px solid #ddd; padding-bottom: 4px; }
        .sub { color: #555; margin: 0 0 16px 0; }
        .kpis { display: flex; flex-wrap: wrap; gap: 12px; }
        .kpi { background: #fff; border: 1px solid #e0e0e0; border-radius: 6px; padding: 10px 16px; flex: 1 1 150px; }
        .kpi .v { font-size: 26px; font-weight: bold; }
        .kpi .l { color: #555; font-size: 13px; }
        .bars { background: #fff; border: 1px solid #e0e0e0; border-radius: 6px; padding: 8px 12px; }
        .bar { display: grid; grid-template-columns: minmax(0, 22em) minmax(0, 1fr) 4.5em 6.5em; align-items: center; gap: 8px; margin: 4px 0; font-size: 14px; }
        .bar.plan, .bar.section { font-weight: bold; margin-top: 10px; }
        .bar.item .label { padding-left: 1.5em; }
        .bar .none { grid-column: 2 / -1; color: #757575; font-weight: normal; }
        .own { padding-left: 1.5em; color: #555; font-size: 13px; margin: 2px 0 6px 0; }
        .own p, .own ul { margin: 0; }
        .track { position: relative; height: 14px; background: #eee; border-radius: 3px; }
        .fill { position: absolute; left: 0; top: 0; bottom: 0; border-radius: 3px; }
        .mark { position: absolute; top: -3px; bottom: -3px; width: 2px; margin-left: -1px; background: #222; }
        .num, .n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        .pill { display: inline-block; color: #fff; border-radius: 9px; padding: 1px 8px; font-size: 12px; white-space: nowrap; font-weight: normal; }
        .legend { display: flex; flex-wrap: wrap; gap: 6px 12px; font-size: 13px; margin-bottom: 8px; }
        .chartbox { background: #fff; border: 1px solid #e0e0e0; border-radius: 6px; }
        svg.chart { display: block; width: 100%; height: auto; }
        .scroll { overflow-x: auto; max-width: 100%; }
        table { border-collapse: collapse; background: #fff; font-size: 13px; }
        th, td { border: 1px solid #ddd; padding: 4px 6px; vertical-align: top; }
        thead th { background: #f0f0f0; }
        table.heat td.v { text-align: center; min-width: 3.8em; font-variant-numeric: tabular-nums; white-space: nowrap; }
        table.heat td.behind { outline: 2px solid #c62828; outline-offset: -2px; font-weight: bold; }
        table.heat th.t { text-align: left; font-weight: normal; min-width: 14em; max-width: 22em; }
        table.heat th.u { white-space: nowrap; }
        table.list { width: 100%; }
        table.list td.t { min-width: 12em; }
        table.list td.id, table.list th:first-child { white-space: nowrap; }
        .note { color: #555; font-size: 13px; margin-top: 6px; }
        .nm { white-space: nowrap; }
        @media (max-width: 700px) {
          body { padding: 12px; }
          h1 { font-size: 19px; }
          .kpi { flex: 1 1 40%; padding: 8px 10px; }
          .kpi .v { font-size: 21px; }
          .bar { grid-template-columns: minmax(0, 1fr) 6em; grid-template-areas: "label st" "track num"; gap: 2px 8px; font-size: 13px; margin: 6px 0; }
          .bar .label { grid-area: label; }
          .bar .st { grid-area: st; text-align: right; }
          .bar .track { grid-area: track; }
          .bar .num { grid-area: num; }
          .bar .none { grid-area: track / track / num / num; }
          table { font-size: 12px; }
          table.heat th.t { min-width: 9em; }
          table.list thead { display: none; }
          table.list, table.list tbody, table.list tr, table.list td { display: block; width: 100%; }
          table.list tr { border: 1px solid #ddd; border-radius: 6px; margin-bottom: 8px; padding: 4px 8px; background: #fff; }
          table.list td { border: none; padding: 2px 0; text-align: left; min-width: 0; }
          table.list td::before { content: attr(data-label) "："; color: #757575; }
          :lang(en) table.list td::before { content: attr(data-label) ": "; }
          table.list td.id { font-weight: bold; }
          table.list td.id::before, table.list td.t::before { content: none; }
        }
        @page { size: A4; margin: 15mm; }
        @media print {
          body { background: #fff; padding: 0; max-width: none; font-size: 11pt; }
          * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
          section.page { break-before: page; }
          h2 { break-after: avoid; }
          .bar, tr, .kpi, .chartbox { break-inside: avoid; }
          .bar { grid-template-columns: minmax(0, 18em) minmax(0, 1fr) 4.5em 6.5em; font-size: 10pt; }
          .scroll { overflow: visible; }
          table { font-size: 8.5pt; width: 100%; }
          table.heat { table-layout: fixed; }
          table.heat col.t { width: 34%; }
          table.heat th.t { min-width: 0; }
          table.heat td.v { min-width: 0; padding: 3px 2px; }
          table.heat th.u { white-space: normal; font-size: 8pt; }
        }
        """;
}
