# SPDX-License-Identifier: GPL-3.0-or-later
# Thin wrapper around CMake. `make run` and `make test` install the Debian packages the build
# needs when they are missing, so a fresh Debian 12 machine needs nothing else.

BUILD_DIR ?= build
BUILD_TYPE ?= RelWithDebInfo
OUT_DIR ?= $(BUILD_DIR)/out
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
CTEST_ARGS ?=

DEB_PACKAGES := cmake ninja-build g++ make qt6-base-dev qt6-charts-dev libqt6opengl6-dev qt6-svg-dev libpng-dev \
	qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools linguist-qt6 qt6-translations-l10n catch2 \
	fonts-wqy-microhei libgl-dev xvfb xauth python3 dpkg-dev

.PHONY: all deps configure build run test bench bench-smoke compare clean

all: build

deps:
	@./tools/install-deps.sh $(DEB_PACKAGES)

$(BUILD_DIR)/build.ninja:
	cmake -S . -B $(BUILD_DIR) -G Ninja -DCMAKE_BUILD_TYPE=$(BUILD_TYPE)

configure: deps $(BUILD_DIR)/build.ninja

build: configure
	cmake --build $(BUILD_DIR) -j $(JOBS)

# With a display: the window on the embedded dataset. Without one: the headless export.
run: build
	@if [ -n "$$DISPLAY$$WAYLAND_DISPLAY" ]; then \
		$(BUILD_DIR)/app/chronoscope; \
	else \
		./tools/headless-demo.sh $(BUILD_DIR)/app/chronoscope $(OUT_DIR); \
	fi

test: build
	cd $(BUILD_DIR) && QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j $(JOBS) $(CTEST_ARGS)

clean:
	rm -rf $(BUILD_DIR)

# Performance suite (docs/performance.md): a Release build of its own, then the table of medians
# against the budgets, written into the generated section of docs/performance.md.
# BENCH_ARGS=--smoke runs only the smallest inputs; BENCH_ARGS= prints without writing the docs.
RELEASE_DIR ?= build-release
BENCH_ARGS ?= --write-docs

$(RELEASE_DIR)/build.ninja:
	cmake -S . -B $(RELEASE_DIR) -G Ninja -DCMAKE_BUILD_TYPE=Release -DCHRONOSCOPE_BUILD_BENCH=ON

bench: deps $(RELEASE_DIR)/build.ninja
	cmake --build $(RELEASE_DIR) --target chronoscope_perf chronoscope -j $(JOBS)
	QT_QPA_PLATFORM=offscreen $(RELEASE_DIR)/tests/chronoscope_perf $(BENCH_ARGS)

# Chronoscope against matplotlib and gnuplot on the same 6 x 1M-point CSV (tools/compare_plotters.py).
COMPARE_PACKAGES := python3-matplotlib gnuplot-nox
COMPARE_ARGS ?= --write-docs

compare: deps $(RELEASE_DIR)/build.ninja
	@./tools/install-deps.sh $(COMPARE_PACKAGES)
	cmake --build $(RELEASE_DIR) --target chronoscope -j $(JOBS)
	/usr/bin/python3 tools/compare_plotters.py --chronoscope $(RELEASE_DIR)/app/chronoscope $(COMPARE_ARGS)

# The embedded story: regenerate it from the fact sheet, and check it (neither is needed to build).
FACTS_DIR ?= ../shared/facts
.PHONY: data check-data
data:
	python3 tools/facts_to_json.py $(FACTS_DIR)
	python3 tools/check_dataset.py

check-data:
	python3 tools/check_dataset.py

# Translations: refresh the catalogue from the sources (then translate in `linguist`), and
# the Debian package (in $(BUILD_DIR), installable with `dpkg -i`).
LUPDATE ?= /usr/lib/qt6/bin/lupdate
# The parts of core whose texts the window shows (reader diagnostics stay English for now).
TR_CORE := core/models core/data/validation.cpp core/io/importpreview.cpp # also in tests/checktranslations.cmake
.PHONY: translations deb
translations:
	$(LUPDATE) -I . -locations none -no-obsolete app $(TR_CORE) -target-language zh_CN \
		-ts resources/translations/chronoscope_zh_CN.ts
	$(LUPDATE) -I . -locations none -no-obsolete -pluralonly app $(TR_CORE) -target-language en \
		-ts resources/translations/chronoscope_en.ts

deb: build
	cd $(BUILD_DIR) && cpack -G DEB

# AddressSanitizer + UndefinedBehaviorSanitizer (the `asan` preset, in build-asan): the whole
# suite, with LeakSanitizer on and no suppressions. CI runs this after `make test`.
ASAN_DIR := build-asan
.PHONY: asan-test
asan-test: deps
	@[ -f $(ASAN_DIR)/build.ninja ] || cmake --preset asan
	cmake --build $(ASAN_DIR) -j $(JOBS)
	cd $(ASAN_DIR) && QT_QPA_PLATFORM=offscreen \
		ASAN_OPTIONS=detect_leaks=1 \
		UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
		ctest --output-on-failure -j $(JOBS) $(CTEST_ARGS)

# The monkey test (tests/app/tst_monkey.cpp) under valgrind's memcheck: it also sees reads of
# freed memory inside Qt's own, uninstrumented code, which AddressSanitizer cannot. A memory
# error or a definite leak fails it.
.PHONY: monkey-valgrind
monkey-valgrind: build
	@./tools/install-deps.sh valgrind
	cd $(BUILD_DIR)/tests && QT_QPA_PLATFORM=offscreen valgrind --tool=memcheck --error-exitcode=99 \
		--leak-check=full --errors-for-leak-kinds=definite --show-leak-kinds=definite --num-callers=40 \
		./tst_app "[monkey]"

# Fuzzing (libFuzzer + ASan + UBSan, clang): a separate build directory, FUZZ_SECONDS per target.
# Corpora persist in $(FUZZ_DIR)/fuzz/corpus; crashes go to $(FUZZ_DIR)/fuzz/crashes/TARGET/.
FUZZ_DIR ?= build-fuzz
FUZZ_SECONDS ?= 60
FUZZ_PACKAGES := clang libclang-rt-14-dev
.PHONY: fuzz fuzz-smoke fuzz-build
fuzz-build:
	@./tools/install-deps.sh $(filter-out g++,$(DEB_PACKAGES)) $(FUZZ_PACKAGES)
	@[ -f $(FUZZ_DIR)/build.ninja ] || CC=clang CXX=clang++ cmake -S . -B $(FUZZ_DIR) -G Ninja \
		-DCMAKE_BUILD_TYPE=RelWithDebInfo -DCHRONOSCOPE_BUILD_FUZZ=ON -DCHRONOSCOPE_BUILD_BENCH=OFF
	cmake --build $(FUZZ_DIR) --target fuzz_targets -j $(JOBS)

fuzz: fuzz-build
	./tools/run_fuzz.sh $(FUZZ_DIR) $(FUZZ_SECONDS)

fuzz-smoke:
	$(MAKE) fuzz FUZZ_SECONDS=10
