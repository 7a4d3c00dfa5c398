// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/application.h"

#include "app/cli/clicommon.h"
#include "app/cli/exportcommand.h"
#include "app/cli/validatecommand.h"
#include "app/dialogs/editactions.h"
#include "app/mainwindow.h"
#include "core/io/builtinreaders.h"

#include <QtCore/QCommandLineParser>
#include <QtCore/QCoreApplication>
#include <QtCore/QDir>
#include <QtCore/QRegularExpression>
#include <QtWidgets/QApplication>

#include <cstring>

namespace chrono::ui {

namespace {

const char* const VERSION = CHRONOSCOPE_VERSION;

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Chronoscope"));
    QCoreApplication::setApplicationName(QStringLiteral("chronoscope"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(VERSION));
}

QString usage()
{
    return QStringLiteral(
        "Usage:\n"
        "  chronoscope [FILE...]                 open the window (the embedded dataset when no FILE)\n"
        "  chronoscope export [OPTIONS] -o OUT   render with no window; format from OUT's suffix:\n"
        "                                        .png .svg .pdf images, .csv .json the filtered data\n"
        "  chronoscope validate FILE...          problems as FILE:LINE:COLUMN: message; exit 1 on error\n"
        "  chronoscope list WHAT [--input FILE]  companies | categories | series | events\n"
        "  chronoscope --help | --version\n"
        "\n"
        "Run 'chronoscope export --help' for the export options. Exit status: 0 success,\n"
        "1 bad data or failed output, 2 bad usage.\n");
}

// Offscreen unless a platform was chosen: exports must work with no display.
void useOffscreenPlatform()
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
}

// CHRONOSCOPE_WINDOW_GEOMETRY=WxH+X+Y places the window exactly: for screenshots under Xvfb,
// which has no window manager to maximise it. Not a user setting (the window remembers its
// own geometry), so it is an environment variable and not an option.
void applyGeometryOverride(QWidget& window)
{
    const QString spec = qEnvironmentVariable("CHRONOSCOPE_WINDOW_GEOMETRY");
    static const QRegularExpression re(QStringLiteral("^(\\d+)x(\\d+)(?:\\+(\\d+)\\+(\\d+))?$"));
    const QRegularExpressionMatch m = re.match(spec);
    if (spec.isEmpty() || !m.hasMatch())
        return;
    window.setGeometry(m.captured(3).toInt(), m.captured(4).toInt(), m.captured(1).toInt(), m.captured(2).toInt());
}

QStringList restArgs(int argc, char** argv, int from)
{
    QStringList args;
    for (int i = from; i < argc; ++i)
        args.append(QString::fromLocal8Bit(argv[i]));
    return args;
}

} // namespace

int runApplication(int argc, char** argv)
{
    const char* first = argc > 1 ? argv[1] : "";
    registerBuiltinReaders();
    if (std::strcmp(first, "--version") == 0 || std::strcmp(first, "-v") == 0) {
        QCoreApplication app(argc, argv);
        setIdentity();
        cli::out() << QStringLiteral("chronoscope %1").arg(QString::fromLatin1(VERSION)) << Qt::endl;
        return cli::ExitOk;
    }
    if (std::strcmp(first, "--help") == 0 || std::strcmp(first, "-h") == 0 || std::strcmp(first, "help") == 0) {
        QCoreApplication app(argc, argv);
        setIdentity();
        cli::out() << usage();
        return cli::ExitOk;
    }
    if (std::strcmp(first, "validate") == 0 || std::strcmp(first, "list") == 0) {
        QCoreApplication app(argc, argv);
        setIdentity();
        const QStringList args = restArgs(argc, argv, 2);
        return std::strcmp(first, "validate") == 0 ? cli::runValidate(args) : cli::runList(args);
    }
    if (std::strcmp(first, "export") == 0) {
        useOffscreenPlatform();
        QApplication app(argc, argv);
        setIdentity();
        return cli::runExport(restArgs(argc, argv, 2));
    }
    if (first[0] == '-') {
        QCoreApplication app(argc, argv);
        cli::err() << QStringLiteral("chronoscope: unknown option '%1'\n").arg(QString::fromLocal8Bit(first)) << usage();
        return cli::ExitUsage;
    }

    QApplication app(argc, argv);
    setIdentity();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/chronoscope.svg")));
    // Lets Wayland compositors and task bars match the window to the installed .desktop entry.
    QGuiApplication::setDesktopFileName(QStringLiteral("org.chronoscope.Chronoscope"));
    MainWindow window;
    applyGeometryOverride(window);
    const QStringList files = restArgs(argc, argv, 1);
    // A recovered autosave becomes the document; otherwise open what was asked for.
    if (!window.editActions()->offerRecovery()) {
        if (files.isEmpty())
            window.openEmbeddedDataset();
        else
            window.openFiles(files);
    }
    window.show();
    return app.exec();
}

} // namespace chrono::ui
