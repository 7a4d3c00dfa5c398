// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/state/editcommands.h"

#include "app/state/datasetparts.h"
#include "app/state/documentstate.h"
#include "core/data/validation.h"

#include <QtCore/QCoreApplication>

namespace chrono::ui {

namespace {

/// The one translation context of this file's texts. lupdate reads `EditCommands::tr(...)`
/// under the same context the program looks them up in (a free EditCommands::tr() wrapper put them under
/// other contexts, so the Chinese texts were never found).
struct EditCommands {
    Q_DECLARE_TR_FUNCTIONS(chrono::ui::EditCommands)
};

/// How an event is named in Undo / Redo menu texts.
QString eventLabel(const Event& e)
{
    const QString& title = e.title.text(Language::English);
    return title.isEmpty() ? e.id : title;
}

QString problemsText(const QStringList& problems)
{
    return problems.join(u'\n');
}

/// Replaces `from` by `to` in a list of ids; an empty `to`, or one already listed, removes it.
void replaceId(QStringList& ids, const QString& from, const QString& to)
{
    const qsizetype at = ids.indexOf(from);
    if (at < 0)
        return;
    if (to.isEmpty() || ids.contains(to))
        ids.removeAt(at);
    else
        ids[at] = to;
}

// --- per entity kind: where it lives, how it is checked, what refers to it ----------------

template<typename T>
struct Kind;

template<>
struct Kind<Company> {
    static QList<Company>& list(DatasetParts& p) { return p.companies; }
    static QStringList validate(const Company& c, const Dataset& ds, const QString& original) { return validateCompany(c, ds, original); }
    static bool exists(const Dataset& ds, const QString& id) { return ds.companyIndex(id) >= 0; }
    static QStringList uses(const Dataset& ds, const QString& id) { return eventsOfCompany(ds, id) + seriesOfCompany(ds, id); }
    static void moveReferences(DatasetParts& p, const QString& from, const QString& to)
    {
        for (Event& e : p.events) {
            if (e.company == from)
                e.company = to;
        }
        for (Series& s : p.series) {
            if (s.company == from)
                s.company = to;
        }
    }
    static QString addText() { return EditCommands::tr("Add company “%1”"); }
    static QString editText() { return EditCommands::tr("Edit company “%1”"); }
    static QString deleteText() { return EditCommands::tr("Delete company “%1”"); }
    static QString inUseText() { return EditCommands::tr("The company “%1” is still used by %2 (%3). Choose a company to move them to, or edit them first."); }
};

template<>
struct Kind<Category> {
    static QList<Category>& list(DatasetParts& p) { return p.categories; }
    static QStringList validate(const Category& c, const Dataset& ds, const QString& original) { return validateCategory(c, ds, original); }
    static bool exists(const Dataset& ds, const QString& id) { return ds.categoryIndex(id) >= 0; }
    static QStringList uses(const Dataset& ds, const QString& id) { return eventsOfCategory(ds, id); }
    static void moveReferences(DatasetParts& p, const QString& from, const QString& to)
    {
        for (Event& e : p.events) {
            if (e.category == from)
                e.category = to;
        }
    }
    static QString addText() { return EditCommands::tr("Add category “%1”"); }
    static QString editText() { return EditCommands::tr("Edit category “%1”"); }
    static QString deleteText() { return EditCommands::tr("Delete category “%1”"); }
    static QString inUseText() { return EditCommands::tr("The category “%1” is still used by %2 (%3). Choose a category to move them to, or edit them first."); }
};

template<>
struct Kind<Source> {
    static QList<Source>& list(DatasetParts& p) { return p.sources; }
    static QStringList validate(const Source& s, const Dataset& ds, const QString& original) { return validateSource(s, ds, original); }
    static bool exists(const Dataset& ds, const QString& id) { return ds.source(id) != nullptr; }
    static QStringList uses(const Dataset& ds, const QString& id) { return usesOfSource(ds, id); }
    static void moveReferences(DatasetParts& p, const QString& from, const QString& to)
    {
        for (Event& e : p.events)
            replaceId(e.sources, from, to);
        for (Series& s : p.series) {
            for (SeriesPoint& point : s.points)
                replaceId(point.sources, from, to);
        }
        for (Claim& c : p.claims)
            replaceId(c.sources, from, to);
    }
    static QString addText() { return EditCommands::tr("Add source “%1”"); }
    static QString editText() { return EditCommands::tr("Edit source “%1”"); }
    static QString deleteText() { return EditCommands::tr("Delete source “%1”"); }
    static QString inUseText() { return EditCommands::tr("The source “%1” is still cited by %2 (%3). Choose a source to cite instead, or edit them first."); }
};

/// What an entity command computed: the next snapshot, or why there is none.
struct Outcome {
    DatasetPtr after;
    QString error;
    bool noChange = false;
};

template<typename T>
Outcome addEntity(const DatasetPtr& before, const T& value)
{
    if (!before)
        return { nullptr, EditCommands::tr("There is no open document."), false };
    const QStringList problems = Kind<T>::validate(value, *before, QString());
    if (!problems.isEmpty())
        return { nullptr, problemsText(problems), false };
    DatasetParts parts(*before);
    Kind<T>::list(parts).append(value);
    return { parts.build(), QString(), false };
}

template<typename T>
Outcome editEntity(const DatasetPtr& before, const QString& originalId, const T& value)
{
    if (!before)
        return { nullptr, EditCommands::tr("There is no open document."), false };
    DatasetParts parts(*before);
    QList<T>& list = Kind<T>::list(parts);
    const int at = indexOfId(list, originalId);
    if (at < 0)
        return { nullptr, EditCommands::tr("“%1” no longer exists.").arg(originalId), false };
    if (list[at] == value)
        return { before, QString(), true };
    const QStringList problems = Kind<T>::validate(value, *before, originalId);
    if (!problems.isEmpty())
        return { nullptr, problemsText(problems), false };
    list[at] = value;
    if (value.id != originalId)
        Kind<T>::moveReferences(parts, originalId, value.id);
    return { parts.build(), QString(), false };
}

template<typename T>
Outcome deleteEntity(const DatasetPtr& before, const QString& id, const std::optional<QString>& reassignTo)
{
    if (!before)
        return { nullptr, EditCommands::tr("There is no open document."), false };
    if (!Kind<T>::exists(*before, id))
        return { nullptr, EditCommands::tr("“%1” no longer exists.").arg(id), false };
    if (reassignTo && !reassignTo->isEmpty() && (*reassignTo == id || !Kind<T>::exists(*before, *reassignTo)))
        return { nullptr, EditCommands::tr("Cannot move the references of “%1” to “%2”.").arg(id, *reassignTo), false };
    const QStringList uses = Kind<T>::uses(*before, id);
    if (!uses.isEmpty() && !reassignTo) {
        // Deleting would dangle these references (and the builder would bring the company
        // back as a bare id), so refuse and name a few of them.
        QStringList shown = uses.mid(0, 3);
        if (uses.size() > shown.size())
            shown.append(QStringLiteral("…"));
        return { nullptr, Kind<T>::inUseText().arg(id, EditCommands::tr("%n item(s)", nullptr, int(uses.size())), shown.join(QStringLiteral(", "))), false };
    }
    DatasetParts parts(*before);
    QList<T>& list = Kind<T>::list(parts);
    list.removeAt(indexOfId(list, id));
    if (!uses.isEmpty())
        Kind<T>::moveReferences(parts, id, *reassignTo);
    return { parts.build(), QString(), false };
}

// One bit per event field, for EditEventCommand::changedFields().
constexpr quint32 IdField = 1u << 0;
constexpr quint32 StartField = 1u << 1;
constexpr quint32 EndField = 1u << 2;
constexpr quint32 CompanyField = 1u << 3;
constexpr quint32 CategoryField = 1u << 4;
constexpr quint32 TitleField = 1u << 5;
constexpr quint32 DescriptionField = 1u << 6;
constexpr quint32 ImportanceField = 1u << 7;
constexpr quint32 ConfidenceField = 1u << 8;
constexpr quint32 TagsField = 1u << 9;
constexpr quint32 LinksField = 1u << 10;
constexpr quint32 SourcesField = 1u << 11;


bool isSingleField(quint32 fields)
{
    return fields != 0 && (fields & (fields - 1)) == 0;
}

} // namespace

// --- DatasetCommand ---------------------------------------------------------------------------

DatasetCommand::DatasetCommand(DocumentState* state, const QString& text, QUndoCommand* parent)
    : QUndoCommand(text, parent)
    , m_state(state)
    , m_before(state->dataset())
{
}

void DatasetCommand::setResult(DatasetPtr after, const QString& selectAfter, const QString& selectBefore)
{
    m_after = std::move(after);
    m_selectAfter = selectAfter;
    m_selectBefore = selectBefore;
}

void DatasetCommand::select(const DatasetPtr& dataset, const QString& eventId) const
{
    if (!eventId.isEmpty() && dataset)
        m_state->setSelectedEvent(dataset->eventIndex(eventId));
}

void DatasetCommand::redo()
{
    Q_ASSERT(isValid());
    m_state->replaceDataset(m_after);
    select(m_after, m_selectAfter);
}

void DatasetCommand::undo()
{
    Q_ASSERT(isValid());
    m_state->replaceDataset(m_before);
    select(m_before, m_selectBefore);
}

// --- whole dataset and events ----------------------------------------------------------------

ReplaceDatasetCommand::ReplaceDatasetCommand(DocumentState* state, DatasetPtr next, const QString& text, QUndoCommand* parent)
    : DatasetCommand(state, text, parent)
{
    if (!next)
        fail(EditCommands::tr("There is nothing to replace the document with."));
    else
        setResult(std::move(next));
}

AddEventCommand::AddEventCommand(DocumentState* state, const Event& event, QUndoCommand* parent)
    : DatasetCommand(state, EditCommands::tr("Add event “%1”").arg(eventLabel(event)), parent)
{
    if (!m_before) {
        fail(EditCommands::tr("There is no open document."));
        return;
    }
    const QStringList problems = validateEvent(event, *m_before);
    if (!problems.isEmpty()) {
        fail(problemsText(problems));
        return;
    }
    DatasetBuilder builder(*m_before);
    builder.addEvent(event);
    setResult(builder.build(), event.id);
}

EditEventCommand::EditEventCommand(DocumentState* state, const QString& originalId, const Event& event, QUndoCommand* parent)
    : DatasetCommand(state, EditCommands::tr("Edit event “%1”").arg(eventLabel(event)), parent)
    , m_originalId(originalId)
    , m_new(event)
{
    const int index = m_before ? m_before->eventIndex(originalId) : -1;
    if (index < 0) {
        fail(EditCommands::tr("The event “%1” no longer exists.").arg(originalId));
        return;
    }
    m_old = m_before->event(index);
    m_fields = changedFields(m_old, m_new);
    if (m_fields == 0) {
        setNoChange();
        setResult(m_before, originalId, originalId);
        return;
    }
    const QStringList problems = validateEvent(event, *m_before, originalId);
    if (!problems.isEmpty()) {
        fail(problemsText(problems));
        return;
    }
    DatasetParts parts(*m_before);
    parts.events[size_t(parts.eventIndex(originalId))] = event;
    if (event.id != originalId) {
        for (Claim& c : parts.claims)
            replaceId(c.events, originalId, event.id);
    }
    setResult(parts.build(), event.id, originalId);
}

quint32 EditEventCommand::changedFields(const Event& a, const Event& b)
{
    quint32 f = 0;
    f |= a.id != b.id ? IdField : 0u;
    f |= a.start != b.start ? StartField : 0u;
    f |= a.end != b.end ? EndField : 0u;
    f |= a.company != b.company ? CompanyField : 0u;
    f |= a.category != b.category ? CategoryField : 0u;
    f |= a.title != b.title ? TitleField : 0u;
    f |= a.description != b.description ? DescriptionField : 0u;
    f |= a.importance != b.importance ? ImportanceField : 0u;
    f |= a.confidence != b.confidence ? ConfidenceField : 0u;
    f |= a.tags != b.tags ? TagsField : 0u;
    f |= a.links != b.links ? LinksField : 0u;
    f |= a.sources != b.sources ? SourcesField : 0u;
    return f;
}

bool EditEventCommand::mergeWith(const QUndoCommand* command)
{
    // Only a follow-up edit of the same field of the event this command produced merges:
    // a title typed in three goes is one undo step, a title and then a date are two.
    const auto* other = static_cast<const EditEventCommand*>(command);
    if (!isValid() || !other->isValid() || other->m_before != m_after || other->m_originalId != m_new.id)
        return false;
    if (!isSingleField(m_fields) || other->m_fields != m_fields || (m_fields & IdField))
        return false;
    m_after = other->m_after;
    m_new = other->m_new;
    m_selectAfter = other->m_selectAfter;
    setText(other->text());
    if (changedFields(m_old, m_new) == 0)
        setObsolete(true); // back where it started: the stack drops the step
    return true;
}

DeleteEventsCommand::DeleteEventsCommand(DocumentState* state, const QStringList& eventIds, QUndoCommand* parent)
    : DatasetCommand(state, QString(), parent)
{
    if (!m_before || eventIds.isEmpty()) {
        fail(EditCommands::tr("No event to delete."));
        return;
    }
    DatasetParts parts(*m_before);
    QSet<QString> doomed;
    for (const QString& id : eventIds) {
        if (parts.eventIndex(id) < 0) {
            fail(EditCommands::tr("The event “%1” no longer exists.").arg(id));
            return;
        }
        doomed.insert(id);
    }
    const int first = parts.eventIndex(eventIds.first());
    setText(doomed.size() == 1 ? EditCommands::tr("Delete event “%1”").arg(eventLabel(parts.events[size_t(first)]))
                               : EditCommands::tr("Delete %n event(s)", nullptr, int(doomed.size())));
    parts.events.erase(std::remove_if(parts.events.begin(), parts.events.end(), [&](const Event& e) { return doomed.contains(e.id); }),
        parts.events.end());
    for (Claim& c : parts.claims) {
        c.events.removeIf([&](const QString& id) { return doomed.contains(id); });
    }
    setResult(parts.build(), QString(), eventIds.first());
}

// --- companies, categories, sources ----------------------------------------------------------

// Entity commands differ only in their types; the constructors share this body.
#define CHRONO_APPLY(outcomeExpression)                                                                                 \
    const Outcome outcome = outcomeExpression;                                                                          \
    if (!outcome.after) {                                                                                               \
        fail(outcome.error);                                                                                            \
        return;                                                                                                         \
    }                                                                                                                   \
    if (outcome.noChange)                                                                                               \
        setNoChange();                                                                                                  \
    setResult(outcome.after)

#define CHRONO_ENTITY_COMMANDS(Name)                                                                                    \
    Add##Name##Command::Add##Name##Command(DocumentState* state, const Name& value, QUndoCommand* parent)                \
        : DatasetCommand(state, Kind<Name>::addText().arg(value.id), parent)                                            \
    {                                                                                                                   \
        CHRONO_APPLY(addEntity(m_before, value));                                                                        \
    }                                                                                                                   \
    Edit##Name##Command::Edit##Name##Command(DocumentState* state, const QString& originalId, const Name& value,        \
        QUndoCommand* parent)                                                                                           \
        : DatasetCommand(state, Kind<Name>::editText().arg(value.id), parent)                                           \
    {                                                                                                                   \
        CHRONO_APPLY(editEntity(m_before, originalId, value));                                                           \
    }                                                                                                                   \
    Delete##Name##Command::Delete##Name##Command(DocumentState* state, const QString& id,                               \
        const std::optional<QString>& reassignTo, QUndoCommand* parent)                                                 \
        : DatasetCommand(state, Kind<Name>::deleteText().arg(id), parent)                                               \
    {                                                                                                                   \
        CHRONO_APPLY(deleteEntity<Name>(m_before, id, reassignTo));                                                      \
    }

CHRONO_ENTITY_COMMANDS(Company)
CHRONO_ENTITY_COMMANDS(Category)
CHRONO_ENTITY_COMMANDS(Source)

#undef CHRONO_ENTITY_COMMANDS
#undef CHRONO_APPLY

} // namespace chrono::ui
