package org.myofuse.reports.internal;

/**
 * The document around the sections: XHTML head with the whole style sheet inline, and the page
 * frame. The style sheet is written for paper first (A4, white, charts kept whole on a page) because
 * reports are printed and filed.
 */
public final class Page {

    private static final String STYLE = """
            @page { size: A4; margin: 15mm; }
            html { background: #fff; }
            body { margin: 0 auto; padding: 8mm 0; max-width: 180mm; color: #1a1a1a; background: #fff;
              font-family: "DejaVu Sans", "Liberation Sans", Arial, Helvetica, sans-serif; font-size: 10pt; line-height: 1.35; }
            h1 { font-size: 17pt; margin: 0 0 2mm; }
            h2 { font-size: 13pt; margin: 7mm 0 2mm; padding-bottom: 1mm; border-bottom: 1.5px solid #4d4d4d; break-after: avoid; page-break-after: avoid; }
            h3 { font-size: 10.5pt; margin: 3mm 0 1mm; break-after: avoid; page-break-after: avoid; }
            p { margin: 1mm 0 2mm; }
            .note, figcaption .sub { color: #555; font-size: 9pt; }
            .empty { color: #555; font-style: italic; }
            figure { margin: 2mm 0 4mm; break-inside: avoid; page-break-inside: avoid; }
            figcaption { font-weight: bold; margin-bottom: 1mm; }
            figcaption .sub { font-weight: normal; }
            .grid2 { display: flex; flex-wrap: wrap; justify-content: space-between; }
            .grid2 figure { width: 49%; }
            svg.chart { display: block; width: 100%; height: auto; }
            svg.chart.square, svg.chart.heatmap { max-width: 115mm; }
            svg text { font-family: inherit; fill: #1a1a1a; }
            .tick { font-size: 10px; fill: #333; }
            .axis-title { font-size: 11px; fill: #1a1a1a; }
            .label { font-size: 9px; fill: #333; }
            .frame { fill: none; stroke: #666; stroke-width: 1; }
            .grid { stroke: #e3e3e3; stroke-width: 1; }
            .s-normal { fill: none; stroke: #0072b2; stroke-width: 1.3; stroke-linejoin: round; }
            .s-shear { fill: none; stroke: #d55e00; stroke-width: 1.1; stroke-dasharray: 4 2; stroke-linejoin: round; }
            .s-emg { fill: none; stroke: #007a5a; stroke-width: 1.1; stroke-linejoin: round; }
            .s-cop { fill: none; stroke: #0072b2; stroke-width: 0.7; stroke-opacity: 0.75; stroke-linejoin: round; }
            .s-before { fill: none; stroke: #d55e00; stroke-width: 1.6; }
            .s-after { fill: none; stroke: #0072b2; stroke-width: 1.6; stroke-dasharray: 5 3; }
            .s-metric { fill: none; stroke: #4d4d4d; stroke-width: 1.4; }
            .p-before { fill: #d55e00; stroke: #d55e00; }
            .p-after { fill: #fff; stroke: #0072b2; stroke-width: 1.6; }
            .p-metric { fill: #4d4d4d; stroke: #4d4d4d; }
            .band { fill: #cfe8cf; fill-opacity: 0.8; stroke: #7fbf7f; stroke-width: 0.6; }
            .stroke-span { fill: #8e5ba8; }
            .stroke-peak { fill: #8e5ba8; stroke: #fff; stroke-width: 0.8; }
            .onset { stroke: #cc3d8f; stroke-width: 1.2; stroke-dasharray: 3 2; }
            .onset-head { fill: #cc3d8f; }
            .ellipse { fill: #e69f00; fill-opacity: 0.15; stroke: #b37400; stroke-width: 1.6; }
            .centre { stroke: #b37400; stroke-width: 1.4; }
            .lane { stroke: #d0d0d0; stroke-width: 1; }
            .cell-empty { fill: #fff; stroke: #bbb; stroke-width: 0.5; }
            table { border-collapse: collapse; width: 100%; margin: 1mm 0 4mm; font-size: 9pt; }
            th, td { border: 1px solid #c8c8c8; padding: 1mm 2mm; text-align: left; vertical-align: top; }
            th { background: #f0f0f0; }
            td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
            tr { break-inside: avoid; page-break-inside: avoid; }
            thead { display: table-header-group; }
            table.facts { width: auto; }
            table.facts th { width: 46mm; }
            table.pain td, table.metrics td, table.events td.num, table.steps td.num, table.parameters td.num { white-space: nowrap; }
            tr.changed td { background: #fdefd3; }
            tr.changed td.num, td.changed-by { font-weight: bold; }
            td.outcome-skipped, td.outcome-repeated { font-style: italic; }
            td.outcome-aborted, td.outcome-not_ended { color: #b30000; font-weight: bold; }
            tr.section th { background: #e4e4e4; }
            ul.legend { list-style: none; margin: 1mm 0 0; padding: 0; font-size: 9pt; }
            ul.legend li { display: inline-block; margin-right: 5mm; white-space: nowrap; }
            svg.swatch { vertical-align: middle; }
            footer { margin-top: 8mm; color: #555; font-size: 8.5pt; border-top: 1px solid #c8c8c8; padding-top: 2mm; }
            @media print {
              body { padding: 0; max-width: none; }
              * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
              h2 { margin-top: 5mm; }
            }
            """;

    private Page() {
    }

    public static Markup begin(String title, int expectedChars) {
        Markup m = new Markup(expectedChars);
        m.trusted("<!DOCTYPE html>\n");
        m.open("html", "xmlns", "http://www.w3.org/1999/xhtml", "lang", "en", "xml:lang", "en").newline();
        m.open("head").newline();
        m.leaf("meta", "charset", "utf-8").newline();
        m.leaf("meta", "name", "viewport", "content", "width=device-width, initial-scale=1").newline();
        m.element("title", title).newline();
        m.open("style").trusted("\n" + STYLE).close("style").newline();
        m.close("head").newline();
        m.open("body").newline();
        return m;
    }

    public static void end(Markup m, String footer) {
        m.element("footer", footer).newline();
        m.close("body").newline().close("html").newline();
    }
}
