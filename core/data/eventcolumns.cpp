// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/data/eventcolumns.h"

#include <algorithm>

namespace chrono {

namespace {

quint8 precisionBits(DatePrecision p)
{
    return quint8(p) & 0x3;
}

/// new[k] = old[order[k] * stride + s] for each of the `stride` entries of an event.
template<typename T>
void selectColumn(std::vector<T>& column, const std::vector<quint32>& order, size_t stride = 1)
{
    std::vector<T> out(order.size() * stride);
    for (size_t k = 0; k < order.size(); ++k)
        std::copy_n(column.data() + size_t(order[k]) * stride, stride, out.data() + k * stride);
    column.swap(out);
}

/// Gives spare capacity back when it is worth a copy: more than an eighth of the size. Readers
/// reserve from an estimate of the row count; a close estimate leaves a little slack that was
/// never touched (so never resident), and copying 40 MB of columns to drop it would cost more.
template<typename T>
void trim(std::vector<T>& v)
{
    if (v.capacity() - v.size() > v.size() / 8)
        v.shrink_to_fit();
}

template<typename T>
size_t capacityBytes(const std::vector<T>& v)
{
    return v.capacity() * sizeof(T);
}

} // namespace

void EventColumns::reserve(size_t events)
{
    start.reserve(events);
    end.reserve(events);
    company.reserve(events);
    category.reserve(events);
    importance.reserve(events);
    flags.reserve(events);
    textOffset.reserve(events);
    textLength.reserve(events * TEXT_FIELDS);
    extras.reserve(events);
}

void EventColumns::append(const Event& e, quint16 companyValue, quint16 categoryValue)
{
    const TimeMs endMs = e.end.isValid() ? std::max(e.end.endMs(), e.start.endMs()) : e.start.endMs();
    start.push_back(e.start.ms);
    end.push_back(endMs);
    maxDuration = std::max(maxDuration, endMs - e.start.ms);
    company.push_back(companyValue);
    category.push_back(categoryValue);
    importance.push_back(quint8(std::clamp(e.importance, 1, 5)));
    quint8 f = precisionBits(e.start.precision);
    if (e.end.isValid())
        f |= RANGE_FLAG | quint8(precisionBits(e.end.precision) << 3);
    flags.push_back(f);

    const quint32 offset = quint32(m_pool.size());
    textOffset.push_back(offset);
    const QString links = e.links.isEmpty() ? QString() : e.links.join(QChar(LIST_SEPARATOR));
    const QStringView texts[TEXT_FIELDS] = { e.id, e.title.en, e.title.zh, e.description.en, e.description.zh, links };
    for (int field = 0; field < TEXT_FIELDS; ++field) {
        const QStringView t = texts[field];
        m_pool.add(t);
        if (t.size() >= LONG_TEXT) {
            m_longLengths.insert(quint64(offset) << 3 | quint64(field), quint32(t.size()));
            textLength.push_back(LONG_TEXT);
        } else {
            textLength.push_back(quint16(t.size()));
        }
    }

    // Confidence labels, tag lists and source lists repeat across events: one interned triple.
    if (e.confidence.isEmpty() && e.tags.isEmpty() && e.sources.isEmpty()) {
        extras.push_back(0);
        return;
    }
    const QChar sep(LIST_SEPARATOR);
    const QString tags = e.tags.join(sep), sources = e.sources.join(sep);
    const QString key = e.confidence + QChar(0x1E) + tags + QChar(0x1E) + sources;
    const auto it = m_extraIndex.constFind(key);
    if (it != m_extraIndex.constEnd()) {
        extras.push_back(*it);
        return;
    }
    const quint32 index = quint32(m_extraRefs.size());
    m_extraRefs.push_back(std::array<StringPool::Ref, 3> { m_pool.intern(e.confidence), m_pool.intern(tags), m_pool.intern(sources) });
    m_extraIndex.insert(key, index);
    extras.push_back(index);
}

quint32 EventColumns::length(size_t i, int field) const
{
    const quint16 l = textLength[i * TEXT_FIELDS + size_t(field)];
    if (l != LONG_TEXT)
        return l;
    return m_longLengths.value(quint64(textOffset[i]) << 3 | quint64(field));
}

QStringView EventColumns::text(size_t i, Field field) const
{
    if (field >= TEXT_FIELDS)
        return extraText(extras[i], field);
    quint32 offset = textOffset[i];
    for (int f = 0; f < int(field); ++f)
        offset += length(i, f);
    return m_pool.view(StringPool::Ref { offset, length(i, field) });
}

void EventColumns::select(const std::vector<quint32>& order)
{
    selectColumn(start, order);
    selectColumn(end, order);
    selectColumn(company, order);
    selectColumn(category, order);
    selectColumn(importance, order);
    selectColumn(flags, order);
    selectColumn(textOffset, order);
    selectColumn(textLength, order, TEXT_FIELDS);
    selectColumn(extras, order);
}

void EventColumns::freeze()
{
    trim(start);
    trim(end);
    trim(company);
    trim(category);
    trim(importance);
    trim(flags);
    trim(textOffset);
    trim(textLength);
    trim(extras);
    m_extraRefs.shrink_to_fit();
    m_extraIndex = {};
    m_pool.squeeze();
}

size_t EventColumns::memoryBytes() const
{
    return capacityBytes(start) + capacityBytes(end) + capacityBytes(company) + capacityBytes(category) + capacityBytes(importance)
        + capacityBytes(flags) + capacityBytes(textOffset) + capacityBytes(textLength) + capacityBytes(extras)
        + capacityBytes(m_extraRefs) + size_t(m_longLengths.size()) * 32 + m_pool.memoryBytes();
}

} // namespace chrono
