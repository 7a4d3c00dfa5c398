// SPDX-License-Identifier: GPL-3.0-or-later
// The hostile corpus through the reader registry (loadFile: content and extension sniffing),
// as the application and the command line open files. In tst_app because registering the
// bring-your-own-data readers changes the process-wide registry that tst_core's registry tests
// expect to hold the native reader only.
#include "../common/hostilechecks.h"

#include "core/io/builtinreaders.h"
#include "core/io/readerregistry.h"

using namespace chrono;
using namespace hostile;

TEST_CASE("The reader registry gives the same first diagnostic as the named reader", "[app][hostile]")
{
    registerBuiltinReaders(); // what the application does at start-up
    for (const hostile::Entry& e : hostile::manifest()) {
        DYNAMIC_SECTION(e.file.toStdString())
        {
            // loadFile names the file by the path it was given.
            LoadResult r = loadFile(e.path());
            for (Diagnostic& d : r.diagnostics) {
                CHECK(d.file == e.path());
                d.file = e.file;
            }
            checkInvariants(r, e.file);
            checkExpectation(e, r);
        }
    }
}

