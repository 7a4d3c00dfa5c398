// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/data/dataset.h"

#include <QtCore/QList>
#include <QtCore/QString>

#include <optional>
#include <vector>

namespace chrono::perf {

/// Median wall and CPU time of one measured case, in milliseconds.
struct Stat {
    double wallMs = 0;
    double cpuMs = 0;
};

/// Wall time and CPU time of this process (all threads), from construction.
class ProcessClock {
public:
    ProcessClock();
    Stat elapsed() const;

private:
    qint64 m_wallNs;
    qint64 m_cpuNs;
};

double medianOf(std::vector<double> values);

/// Runs `fn` `runs` times and returns the medians. On a shared machine the wall figure includes
/// time the scheduler gave to other processes; the process CPU figure does not.
template<typename F>
Stat measure(int runs, F&& fn)
{
    std::vector<double> wall, cpu;
    volatile qint64 sink = 0;
    for (int r = 0; r < runs; ++r) {
        const ProcessClock clock;
        sink = sink + qint64(fn());
        const Stat s = clock.elapsed();
        wall.push_back(s.wallMs);
        cpu.push_back(s.cpuMs);
    }
    return Stat { medianOf(wall), medianOf(cpu) };
}

qint64 residentBytes(); ///< VmRSS of this process
qint64 peakResidentBytes(); ///< VmHWM of this process

/// `lines` series in one group "dense", `points` evenly spaced noisy points each (deterministic).
DatasetPtr denseSeries(int lines, int points);

/// What the figures were measured on.
struct MachineInfo {
    QString cpu, memory, loadBefore, loadAfter, qt, compiler, buildType;
    int cores = 0;
    static MachineInfo current();
};

/// One line of the report.
struct Row {
    enum Unit { Milli, Micro };
    QString name, size;
    std::optional<Stat> stat; ///< a timing, or
    QString value; ///< a derived figure (ratio, bytes)
    int runs = 0;
    qint64 peakBytes = 0; ///< peak RSS growth of the child process, 0 = not measured
    Unit unit = Milli;
    QString budget; ///< empty: no budget
    std::optional<bool> within;
    QString note;

    void judge(bool ok, const QString& budgetText)
    {
        within = ok;
        budget = budgetText;
    }
};

class Report {
public:
    explicit Report(MachineInfo machine)
        : m_machine(std::move(machine))
    {
    }
    Row& add(const QString& name, const QString& size, const Stat& stat, int runs);
    Row& addValue(const QString& name, const QString& size, const QString& value);
    void finish(); ///< records the load average after the run
    bool hasFailures() const;
    /// The generated section: command, machine, table, legend.
    QString markdown(const QString& arguments, bool smoke) const;

private:
    MachineInfo m_machine;
    QList<Row> m_rows;
};

/// Replaces the text between the generated-section markers of `path` (appends the section
/// when the markers are missing). The hand-written text around it stays.
bool replaceGeneratedSection(const QString& path, const QString& section, QString* error);

} // namespace chrono::perf
