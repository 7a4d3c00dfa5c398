# SPDX-License-Identifier: GPL-3.0-or-later
# Fails the build when a core/ source includes a Qt module other than QtCore.
# Qt6::Core's include directory is the root of all Qt headers, so `#include <QtGui/QColor>`
# would otherwise compile in core/; this check is what keeps the boundary a build error.
# Usage: cmake -DCORE_DIR=<repo>/core -P check_core_boundary.cmake
file(GLOB_RECURSE sources "${CORE_DIR}/*.h" "${CORE_DIR}/*.cpp")
set(violations "")
foreach(source IN LISTS sources)
    file(STRINGS "${source}" lines REGEX "^[ \t]*#[ \t]*include[ \t]*[<\"](QtGui|QtWidgets|QtCharts|QtSvg|QtSvgWidgets|QtPrintSupport|QtOpenGL|QtNetwork|QtConcurrent|QtTest)/")
    foreach(line IN LISTS lines)
        list(APPEND violations "${source}: ${line}")
    endforeach()
    file(STRINGS "${source}" bare REGEX "^[ \t]*#[ \t]*include[ \t]*<Q(Color|Font|Image|Painter|Widget|Pixmap|Icon|Pen|Brush|Application|GuiApplication)>")
    foreach(line IN LISTS bare)
        list(APPEND violations "${source}: ${line}")
    endforeach()
endforeach()
if(violations)
    list(JOIN violations "\n  " text)
    message(FATAL_ERROR "chronoscope_core must use QtCore only (see docs/architecture.md):\n  ${text}")
endif()
