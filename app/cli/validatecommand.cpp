// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/validatecommand.h"

#include "app/cli/clicommon.h"
#include "app/state/viewstate.h"
#include "core/io/embedded.h"
#include "core/io/validate.h"

#include <QtCore/QCommandLineParser>
#include <QtCore/QCoreApplication>

namespace chrono::ui::cli {

static QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("chrono::ui::cli", text, disambiguation, n);
}

int runValidate(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Check data files; every problem is printed as FILE:LINE:COLUMN: message."));
    parser.addHelpOption();
    const QCommandLineOption map(QStringLiteral("map"), tr("Override a detected column role (repeatable)."), QStringLiteral("ROLE=COLUMN"));
    const QCommandLineOption quiet({ QStringLiteral("q"), QStringLiteral("quiet") }, tr("Print errors only."));
    parser.addOptions({ map, quiet });
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("Files to check (default: the embedded dataset)."), QStringLiteral("FILE..."));
    if (!parser.parse(QStringList { QStringLiteral("chronoscope validate") } + args)) {
        err() << QStringLiteral("chronoscope validate: ") << parser.errorText() << Qt::endl;
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        return ExitOk;
    }
    ImportOptions options;
    if (!parseColumnMap(parser.values(map), options))
        return ExitUsage;
    const bool errorsOnly = parser.isSet(quiet);

    QStringList files = parser.positionalArguments();
    const bool embedded = files.isEmpty();
    if (embedded)
        files.append(embeddedDatasetPath());
    int errors = 0, warnings = 0;
    for (const QString& file : files) {
        // validateFile gives the reader's and the validator's findings together, with
        // positions, equal warnings folded with a count, and what loading would leave out as
        // errors; the embedded dataset is read from its resource the same way.
        const QList<Diagnostic> all = validateFile(file, options);
        for (const Diagnostic& d : all) {
            if (d.isError())
                ++errors;
            else
                warnings += d.count;
            if (d.isError() || !errorsOnly)
                out() << d.toString() << u'\n';
        }
        out().flush();
    }
    err() << tr("%n error(s)", nullptr, errors) << QStringLiteral(", ") << tr("%n warning(s)", nullptr, warnings) << Qt::endl;
    return errors > 0 ? ExitBadData : ExitOk;
}

int runList(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("List what a dataset holds: the id, a tab, the display name."));
    parser.addHelpOption();
    const QCommandLineOption input(QStringLiteral("input"), tr("A dataset or importable file (repeatable)."), QStringLiteral("FILE"));
    const QCommandLineOption lang(QStringLiteral("lang"), tr("en | zh: the language of the names."), QStringLiteral("LANG"));
    const QCommandLineOption map(QStringLiteral("map"), tr("Override a detected column role (repeatable)."), QStringLiteral("ROLE=COLUMN"));
    parser.addOptions({ input, lang, map });
    parser.addPositionalArgument(QStringLiteral("WHAT"), tr("companies | categories | series | events"));
    if (!parser.parse(QStringList { QStringLiteral("chronoscope list") } + args)) {
        err() << QStringLiteral("chronoscope list: ") << parser.errorText() << Qt::endl;
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        return ExitOk;
    }
    const QStringList what = parser.positionalArguments();
    static const QStringList KINDS = { QStringLiteral("companies"), QStringLiteral("categories"), QStringLiteral("series"), QStringLiteral("events") };
    if (what.size() != 1 || !KINDS.contains(what.first())) {
        err() << tr("chronoscope list: expected one of companies, categories, series, events") << Qt::endl;
        return ExitUsage;
    }
    Language language = Language::English;
    if (parser.isSet(lang)) {
        const auto l = languageFromCode(parser.value(lang));
        if (!l) {
            err() << tr("chronoscope list: --lang expects en or zh") << Qt::endl;
            return ExitUsage;
        }
        language = *l;
    }
    ImportOptions options;
    if (!parseColumnMap(parser.values(map), options))
        return ExitUsage;
    const auto loaded = loadInputs(parser.values(input), options);
    if (!loaded)
        return ExitBadData;
    const Dataset& ds = **loaded;
    const QString& kind = what.first();
    // Tabs and newlines inside names would break the one-record-per-line contract.
    auto clean = [](QString s) { return s.replace(u'\t', u' ').replace(u'\n', u' ').replace(u'\r', u' '); };
    if (kind == u"companies") {
        for (const Company& c : ds.companies())
            out() << c.id << u'\t' << clean(c.name.text(language)) << u'\n';
    } else if (kind == u"categories") {
        for (const Category& c : ds.categories())
            out() << c.id << u'\t' << clean(c.name.text(language)) << u'\n';
    } else if (kind == u"series") {
        for (const QString& group : ds.seriesGroups()) {
            const auto lines = ds.seriesGroup(group);
            const Series* first = lines.first();
            const QString name = lines.size() == 1 ? first->title.text(language) : first->unit;
            out() << group << u'\t' << clean(name) << QStringLiteral(" (%1)").arg(lines.size()) << u'\n';
        }
    } else {
        for (int i = 0; i < ds.eventCount(); ++i)
            out() << ds.eventId(i).toString() << u'\t' << clean(ds.title(i, language).toString()) << u'\n';
    }
    out().flush();
    return ExitOk;
}

} // namespace chrono::ui::cli
