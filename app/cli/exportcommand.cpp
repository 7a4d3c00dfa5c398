// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/exportcommand.h"

#include "app/charts/chartrequest.h"
#include "app/cli/clicommon.h"
#include "app/i18n/uilanguage.h"
#include "app/render/exportrenderer.h"
#include "app/state/documentstate.h"
#include "app/state/viewstate.h"
#include "core/io/dataexport.h"

#include <QtCore/QCommandLineParser>
#include <QtCore/QCoreApplication>
#include <QtCore/QElapsedTimer>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>

namespace chrono::ui::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("chrono::ui::cli", text);
}

struct Options {
    QCommandLineOption output { { QStringLiteral("o"), QStringLiteral("output") }, tr("Write to OUT; the format follows its suffix (.png .svg .pdf .csv .json)."), QStringLiteral("OUT") };
    QCommandLineOption input { QStringLiteral("input"), tr("A dataset or importable file (repeatable); default: the embedded dataset."), QStringLiteral("FILE") };
    QCommandLineOption view { QStringLiteral("view"), tr("timeline | chart:SERIES_ID | report (default: timeline)."), QStringLiteral("VIEW") };
    QCommandLineOption company { QStringLiteral("company"), tr("Comma-separated company ids or names (default: all)."), QStringLiteral("IDS") };
    QCommandLineOption category { QStringLiteral("category"), tr("Comma-separated category ids or names."), QStringLiteral("IDS") };
    QCommandLineOption search { QStringLiteral("search"), tr("Only events whose text matches (case, accent and width insensitive)."), QStringLiteral("TEXT") };
    QCommandLineOption from { QStringLiteral("from"), tr("Start date: YYYY, YYYY-MM or YYYY-MM-DD."), QStringLiteral("DATE") };
    QCommandLineOption to { QStringLiteral("to"), tr("End date, inclusive of its whole period."), QStringLiteral("DATE") };
    QCommandLineOption minImportance { QStringLiteral("min-importance"), tr("Only events of at least this importance (1-5)."), QStringLiteral("N") };
    QCommandLineOption size { QStringLiteral("size"), tr("Picture size in logical pixels (default 1600x900)."), QStringLiteral("WxH") };
    QCommandLineOption scale { QStringLiteral("scale"), tr("Pixel scale 1-4 for PNG (default 1)."), QStringLiteral("FACTOR") };
    QCommandLineOption theme { QStringLiteral("theme"), tr("light | dark."), QStringLiteral("THEME") };
    QCommandLineOption lang { QStringLiteral("lang"), tr("en | zh."), QStringLiteral("LANG") };
    QCommandLineOption title { QStringLiteral("title"), tr("Title above the picture."), QStringLiteral("TEXT") };
    QCommandLineOption subtitle { QStringLiteral("subtitle"), tr("Subtitle under the title."), QStringLiteral("TEXT") };
    QCommandLineOption chartKind { QStringLiteral("chart-kind"), tr("line | stacked | stacked-relative | step | growth (default: step for prices, else line)."), QStringLiteral("KIND") };
    QCommandLineOption page { QStringLiteral("page"), tr("PDF page: A4 or Letter (default: the picture size)."), QStringLiteral("SIZE") };
    QCommandLineOption noFooter { QStringLiteral("no-footer"), tr("Leave out the sources footer.") };
    QCommandLineOption viewFile { QStringLiteral("view-file"), tr("A saved view (filters, range, series, theme, language)."), QStringLiteral("FILE") };
    QCommandLineOption map { QStringLiteral("map"), tr("Override a detected column role when importing (repeatable)."), QStringLiteral("ROLE=COLUMN") };
    QCommandLineOption timings { QStringLiteral("timings"), tr("Print one line per stage on stderr: timing: STAGE MILLISECONDS ms.") };
    QCommandLineOption today { QStringLiteral("today"), tr("Draw a today line at DATE (default: none, so output is reproducible)."), QStringLiteral("DATE") };
    // Its own translation context: lupdate files the member initialisers' tr() under Options.
    Q_DECLARE_TR_FUNCTIONS(chrono::ui::cli::Options)
};

int usageError(const QString& message)
{
    err() << QStringLiteral("chronoscope export: ") << message << Qt::endl;
    err() << tr("Try 'chronoscope export --help'.") << Qt::endl;
    return ExitUsage;
}

} // namespace

int runExport(const QStringList& args)
{
    Options o;
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Render the timeline, a chart or a report with no window, or write the filtered data."));
    parser.addHelpOption();
    parser.addOptions({ o.output, o.input, o.view, o.company, o.category, o.search, o.from, o.to, o.minImportance,
        o.size, o.scale, o.theme, o.lang, o.title, o.subtitle, o.chartKind, o.page, o.noFooter, o.viewFile, o.map,
        o.timings, o.today });
    if (!parser.parse(QStringList { QStringLiteral("chronoscope export") } + args))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        return ExitOk;
    }
    if (!parser.positionalArguments().isEmpty())
        return usageError(tr("unexpected argument '%1'").arg(parser.positionalArguments().first()));
    const QString outPath = parser.value(o.output);
    if (outPath.isEmpty())
        return usageError(tr("no output file: give -o OUT"));
    const QString suffix = QFileInfo(outPath).suffix().toLower();
    const bool image = ExportRenderer::isImageSuffix(suffix);
    if (!image && suffix != u"csv" && suffix != u"json")
        return usageError(tr("cannot tell the format of '%1': use .png, .svg, .pdf, .csv or .json").arg(outPath));

    const bool timings = parser.isSet(o.timings);
    auto stage = [timings](const char* name, qint64 ms) {
        if (timings)
            err() << QStringLiteral("timing: %1 %2 ms").arg(QLatin1String(name)).arg(ms) << Qt::endl;
    };

    // A view file gives the defaults; explicit options override it.
    ViewState view;
    if (parser.isSet(o.viewFile)) {
        QFile f(parser.value(o.viewFile));
        if (!f.open(QIODevice::ReadOnly)) {
            err() << tr("chronoscope export: cannot read '%1': %2").arg(f.fileName(), f.errorString()) << Qt::endl;
            return ExitBadData;
        }
        QString why;
        const auto loaded = ViewState::fromJson(f.readAll(), &why);
        if (!loaded) {
            err() << f.fileName() << QStringLiteral(":") << why << Qt::endl;
            return ExitBadData;
        }
        view = *loaded;
    }

    ImportOptions importOptions;
    if (!parseColumnMap(parser.values(o.map), importOptions))
        return ExitUsage;

    ExportOptions exportOptions;
    if (parser.isSet(o.size)) {
        const QStringList wh = parser.value(o.size).toLower().split(u'x');
        bool okW = false, okH = false;
        const int w = wh.size() == 2 ? wh[0].toInt(&okW) : 0;
        const int h = wh.size() == 2 ? wh[1].toInt(&okH) : 0;
        if (!okW || !okH || w < 200 || h < 150 || w > 10000 || h > 10000)
            return usageError(tr("--size expects WxH between 200x150 and 10000x10000, got '%1'").arg(parser.value(o.size)));
        exportOptions.size = QSize(w, h);
    }
    if (parser.isSet(o.scale)) {
        bool ok = false;
        exportOptions.scale = parser.value(o.scale).toDouble(&ok);
        if (!ok || exportOptions.scale < 1 || exportOptions.scale > 4)
            return usageError(tr("--scale expects a factor from 1 to 4"));
    }
    if (parser.isSet(o.theme)) {
        view.theme = parser.value(o.theme);
        if (view.theme != u"light" && view.theme != u"dark")
            return usageError(tr("--theme expects light or dark"));
    }
    if (parser.isSet(o.lang)) {
        const auto lang = languageFromCode(parser.value(o.lang));
        if (!lang)
            return usageError(tr("--lang expects en or zh"));
        view.language = *lang;
    }
    if (parser.isSet(o.view))
        view.view = parser.value(o.view);
    if (parser.isSet(o.chartKind)) {
        view.chartKind = parser.value(o.chartKind);
        if (!chartKindFromName(view.chartKind))
            return usageError(tr("--chart-kind expects line, stacked, stacked-relative, step or growth"));
    }
    if (view.view.startsWith(u"chart:"))
        view.chartGroup = view.view.mid(6);
    exportOptions.view = view.view;
    exportOptions.title = parser.value(o.title);
    exportOptions.subtitle = parser.value(o.subtitle);
    exportOptions.footer = !parser.isSet(o.noFooter);
    exportOptions.pageSize = parser.value(o.page);
    QString dateError;
    if (parser.isSet(o.from) && !(view.filter.from = parseFromDate(parser.value(o.from), &dateError)))
        return usageError(tr("--from: %1").arg(dateError));
    if (parser.isSet(o.to) && !(view.filter.to = parseToDate(parser.value(o.to), &dateError)))
        return usageError(tr("--to: %1").arg(dateError));
    std::optional<TimeMs> today;
    if (parser.isSet(o.today) && !(today = parseFromDate(parser.value(o.today), &dateError)))
        return usageError(tr("--today: %1").arg(dateError));
    if (parser.isSet(o.search))
        view.filter.text = parser.value(o.search);
    if (parser.isSet(o.minImportance)) {
        bool ok = false;
        view.filter.minImportance = parser.value(o.minImportance).toInt(&ok);
        if (!ok || view.filter.minImportance < 1 || view.filter.minImportance > 5)
            return usageError(tr("--min-importance expects 1 to 5"));
    }

    QElapsedTimer clock;
    clock.start();
    const auto dataset = loadInputs(parser.values(o.input), importOptions);
    if (!dataset)
        return ExitBadData;
    stage("load", clock.restart());
    const Dataset& ds = **dataset;

    if (parser.isSet(o.company)) {
        QStringList unknown;
        view.filter.companies = resolveCompanies(ds, parser.value(o.company), &unknown);
        if (!unknown.isEmpty()) {
            QStringList valid;
            for (const Company& c : ds.companies())
                valid.append(c.id);
            return usageError(tr("unknown company '%1'; valid ids: %2").arg(unknown.join(QStringLiteral(", ")), valid.join(QStringLiteral(", "))));
        }
    }
    if (parser.isSet(o.category)) {
        QStringList unknown;
        view.filter.categories = resolveCategories(ds, parser.value(o.category), &unknown);
        if (!unknown.isEmpty()) {
            QStringList valid;
            for (const Category& c : ds.categories())
                valid.append(c.id);
            return usageError(tr("unknown category '%1'; valid ids: %2").arg(unknown.join(QStringLiteral(", ")), valid.join(QStringLiteral(", "))));
        }
    }

    const EventFilter filter(*dataset);
    const EventMask mask = filter.evaluate(view.filter);
    stage("filter", clock.restart());

    if (!image) {
        stage("layout", 0);
        stage("render", 0);
        QString error;
        const QString group = view.view.startsWith(u"chart:") ? view.view.mid(6) : QString();
        if (!group.isEmpty() && ds.seriesGroup(group).isEmpty())
            return usageError(tr("unknown series '%1'; known: %2").arg(group, ds.seriesGroups().join(QStringLiteral(", "))));
        if (!saveFilteredData(outPath, ds, mask, view.filter, view.language, group, &error)) {
            err() << QStringLiteral("chronoscope export: ") << error << Qt::endl;
            return ExitBadData;
        }
        stage("write", clock.restart());
        out() << tr("Wrote %1 (%2, %3 of %4 events)").arg(outPath, suffix.toUpper()).arg(countVisible(mask)).arg(ds.eventCount()) << Qt::endl;
        return ExitOk;
    }

    // Words drawn into the picture through tr() (the sources footer, axis titles) follow
    // the picture's language, as in the window.
    installUiLanguage(view.language);
    RenderInput input;
    input.dataset = *dataset;
    input.filter = view.filter;
    input.mask = mask;
    input.language = view.language;
    input.theme = Theme::byName(view.theme);
    input.chartGroup = view.chartGroup;
    input.chartKind = view.chartKind;
    input.today = today;
    // The picture's time range: the view file's, else the date filter's, else everything.
    // A chart on its own defaults to its own data's extent (an empty range says so).
    const bool chartOnly = view.view.startsWith(u"chart:");
    TimeRange range = view.range.value_or(chartOnly ? TimeRange {} : paddedExtent(ds));
    if (!view.range && (view.filter.from || view.filter.to)) {
        const TimeRange all = paddedExtent(ds);
        range.start = view.filter.from.value_or(all.start);
        range.end = view.filter.to.value_or(all.end);
    }
    input.range = range.normalized();

    ExportRenderer renderer(input, exportOptions);
    QString error;
    if (!renderer.prepare(&error)) {
        err() << QStringLiteral("chronoscope export: ") << error << Qt::endl;
        return ExitUsage;
    }
    stage("layout", clock.restart());
    if (!renderer.write(outPath, &error, stage)) {
        err() << QStringLiteral("chronoscope export: ") << error << Qt::endl;
        return ExitBadData;
    }
    const QSize pixels = (QSizeF(exportOptions.size) * (suffix == u"png" ? exportOptions.scale : 1.0)).toSize();
    if (suffix == u"pdf" && !exportOptions.pageSize.isEmpty()) {
        out() << tr("Wrote %1 (PDF, %2 landscape, view %3, %4 of %5 events)")
                     .arg(outPath, exportOptions.pageSize, exportOptions.view)
                     .arg(countVisible(mask))
                     .arg(ds.eventCount())
              << Qt::endl;
        return ExitOk;
    }
    out() << tr("Wrote %1 (%2 %3x%4, view %5, %6 of %7 events)")
                 .arg(outPath, suffix.toUpper())
                 .arg(pixels.width())
                 .arg(pixels.height())
                 .arg(exportOptions.view)
                 .arg(countVisible(mask))
                 .arg(ds.eventCount())
          << Qt::endl;
    return ExitOk;
}

} // namespace chrono::ui::cli
