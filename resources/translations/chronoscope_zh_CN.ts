<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>chrono::EventTableModel</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>重要性</translation>
    </message>
</context>
<context>
    <name>chrono::ImportPreview</name>
    <message>
        <source>%1: the file is empty</source>
        <translation>%1：文件为空</translation>
    </message>
    <message>
        <source>%1: no records with keys were found</source>
        <translation>%1：没有找到带键的记录</translation>
    </message>
    <message>
        <source>Cannot read &apos;%1&apos;: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
    <message>
        <source>%1 is not a CSV or JSON-records file</source>
        <translation>%1 不是 CSV 或 JSON 记录文件</translation>
    </message>
</context>
<context>
    <name>chrono::Validation</name>
    <message>
        <source>The start date is missing or invalid.</source>
        <translation>起始日期缺失或无效。</translation>
    </message>
    <message>
        <source>The id &quot;%1&quot; is already used by another %2.</source>
        <translation>ID“%1”已被另一个%2使用。</translation>
    </message>
    <message>
        <source>Give a name in English or Chinese.</source>
        <translation>请填写英文或中文名称。</translation>
    </message>
    <message>
        <source>The colour &quot;%1&quot; is not of the form #rrggbb.</source>
        <translation>颜色“%1”不是 #rrggbb 格式。</translation>
    </message>
    <message>
        <source>The id is empty.</source>
        <translation>ID 为空。</translation>
    </message>
    <message>
        <source>The id starts or ends with a space.</source>
        <translation>ID 的开头或结尾有空格。</translation>
    </message>
    <message>
        <source>The id contains a control character.</source>
        <translation>ID 含有控制字符。</translation>
    </message>
    <message>
        <source>The date is empty (use YYYY, YYYY-MM or YYYY-MM-DD).</source>
        <translation>日期为空（请使用 YYYY、YYYY-MM 或 YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2 (at character %3)</source>
        <translation>“%1”：%2（第 %3 个字符处）</translation>
    </message>
    <message>
        <source>event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>The end (%1) is before the start (%2).</source>
        <translation>结束日期（%1）早于开始日期（%2）。</translation>
    </message>
    <message>
        <source>Give a title in English or Chinese.</source>
        <translation>请填写英文或中文标题。</translation>
    </message>
    <message>
        <source>Unknown company &quot;%1&quot;.</source>
        <translation>未知公司“%1”。</translation>
    </message>
    <message>
        <source>Unknown category &quot;%1&quot;.</source>
        <translation>未知类别“%1”。</translation>
    </message>
    <message>
        <source>The importance must be between 1 and 5, not %1.</source>
        <translation>重要性必须介于 1 到 5 之间，不能是 %1。</translation>
    </message>
    <message>
        <source>Unknown source &quot;%1&quot;.</source>
        <translation>未知来源“%1”。</translation>
    </message>
    <message>
        <source>The source &quot;%1&quot; is listed twice.</source>
        <translation>来源“%1”被列出了两次。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a well-formed http or https URL.</source>
        <translation>“%1”不是格式正确的 http 或 https 网址。</translation>
    </message>
    <message>
        <source>A tag is empty.</source>
        <translation>有一个标签为空。</translation>
    </message>
    <message>
        <source>company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Give a title or a publisher.</source>
        <translation>请填写标题或发布者。</translation>
    </message>
    <message>
        <source>event %1</source>
        <translation>事件 %1</translation>
    </message>
    <message>
        <source>series %1</source>
        <translation>数据系列 %1</translation>
    </message>
    <message>
        <source>claim %1</source>
        <translation>说法 %1</translation>
    </message>
</context>
<context>
    <name>chrono::ui::AboutDatasetDialog</name>
    <message>
        <source>About this dataset</source>
        <translation>关于此数据集</translation>
    </message>
    <message>
        <source>**%1 events** in %2 lanes, **%3 series** (%4 points, %5 of them reported claims), **%6 sources**, **%7 claims** checked. As of **%8**.</source>
        <translation>**%1 个事件**，分布在 %2 条泳道；**%3 个数据系列**（%4 个数据点，其中 %5 个为声称数据）；**%6 个来源**；核查了 **%7 条说法**。数据截至 **%8**。</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>chrono::ui::ActiveFiltersBar</name>
    <message>
        <source>Filters:</source>
        <translation>筛选：</translation>
    </message>
    <message>
        <source>Active filters</source>
        <translation>当前筛选条件</translation>
    </message>
    <message>
        <source>Clear this filter</source>
        <translation>清除此筛选条件</translation>
    </message>
    <message>
        <source>Clear filter: %1</source>
        <translation>清除筛选条件：%1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Companies: %1 ✕</source>
        <translation>公司：%1 ✕</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Categories: %1 ✕</source>
        <translation>类别：%1 ✕</translation>
    </message>
    <message>
        <source>Text: “%1” ✕</source>
        <translation>文本：“%1” ✕</translation>
    </message>
    <message>
        <source>From %1 ✕</source>
        <translation>自 %1 ✕</translation>
    </message>
    <message>
        <source>Until %1 ✕</source>
        <translation>至 %1 ✕</translation>
    </message>
    <message>
        <source>Importance ≥ %1 ✕</source>
        <translation>重要性 ≥ %1 ✕</translation>
    </message>
    <message>
        <source>Clear all</source>
        <translation>全部清除</translation>
    </message>
</context>
<context>
    <name>chrono::ui::ChartPanel</name>
    <message>
        <source>Series</source>
        <translation>数据系列</translation>
    </message>
    <message>
        <source>Chart kind</source>
        <translation>图表类型</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>折线</translation>
    </message>
    <message>
        <source>Stacked share</source>
        <translation>堆叠份额</translation>
    </message>
    <message>
        <source>Stacked, 100 %</source>
        <translation>百分比堆叠</translation>
    </message>
    <message>
        <source>Price steps</source>
        <translation>价格阶梯</translation>
    </message>
    <message>
        <source>Growth since…</source>
        <translation>自某日起的增长…</translation>
    </message>
    <message>
        <source>Log scale</source>
        <translation>对数刻度</translation>
    </message>
    <message>
        <source>Base date:</source>
        <translation>基准日期：</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Growth base date</source>
        <translation>增长基准日期</translation>
    </message>
    <message>
        <source>&amp;Series:</source>
        <translation>数据系列(&amp;S)：</translation>
    </message>
</context>
<context>
    <name>chrono::ui::ClaimsPage</name>
    <message>
        <source>Correct</source>
        <translation>属实</translation>
    </message>
    <message>
        <source>Redefined</source>
        <translation>偷换概念</translation>
    </message>
    <message>
        <source>Contradicted</source>
        <translation>与证据矛盾</translation>
    </message>
    <message>
        <source>Unsourced</source>
        <translation>无来源</translation>
    </message>
    <message>
        <source>Partly correct</source>
        <translation>部分属实</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>说法</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>Claims of the source article</source>
        <translation>原文中的说法</translation>
    </message>
    <message>
        <source>The article says</source>
        <translation>文章的说法</translation>
    </message>
    <message>
        <source>Show chart</source>
        <translation>显示图表</translation>
    </message>
    <message>
        <source>Show events</source>
        <translation>显示事件</translation>
    </message>
    <message>
        <source>What the sources say</source>
        <translation>来源的说法</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>This dataset has no claims to check.</source>
        <translation>此数据集没有需要核查的说法。</translation>
    </message>
    <message>
        <source>Unsupported</source>
        <translation>证据不支持</translation>
    </message>
    <message>
        <source>Opinion</source>
        <translation>观点</translation>
    </message>
</context>
<context>
    <name>chrono::ui::CompanyEditDialog</name>
    <message>
        <source>Add Company</source>
        <translation>添加公司</translation>
    </message>
    <message>
        <source>Edit Company</source>
        <translation>编辑公司</translation>
    </message>
    <message>
        <source>Add Category</source>
        <translation>添加类别</translation>
    </message>
    <message>
        <source>Edit Category</source>
        <translation>编辑类别</translation>
    </message>
    <message>
        <source>#rrggbb, or empty for an automatic colour</source>
        <translation>#rrggbb，留空则自动配色</translation>
    </message>
    <message>
        <source>Pick…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Pick a colour</source>
        <translation>选择颜色</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>标识(&amp;I)：</translation>
    </message>
    <message>
        <source>Name (&amp;English):</source>
        <translation>名称（英文）(&amp;E)：</translation>
    </message>
    <message>
        <source>Name (&amp;Chinese):</source>
        <translation>名称（中文）(&amp;C)：</translation>
    </message>
    <message>
        <source>C&amp;olour:</source>
        <translation>颜色(&amp;O)：</translation>
    </message>
</context>
<context>
    <name>chrono::ui::DocumentEditor</name>
    <message>
        <source>There is no document to save.</source>
        <translation>没有可保存的文档。</translation>
    </message>
    <message>
        <source>Could not save &apos;%1&apos;: %2</source>
        <translation>无法保存“%1”：%2</translation>
    </message>
    <message>
        <source>The document has no file yet: use Save As.</source>
        <translation>文档尚未关联文件：请使用“另存为”。</translation>
    </message>
    <message>
        <source>Chronoscope dataset (*.json)</source>
        <translation>Chronoscope 数据集 (*.json)</translation>
    </message>
    <message>
        <source>Save failed</source>
        <translation>保存失败</translation>
    </message>
    <message>
        <source>The file on disk was not changed.</source>
        <translation>磁盘上的文件未被更改。</translation>
    </message>
    <message>
        <source>untitled.json</source>
        <translation>未命名.json</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>另存为</translation>
    </message>
    <message>
        <source>The document</source>
        <translation>该文档</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>%1 has unsaved changes.</source>
        <translation>%1 有未保存的更改。</translation>
    </message>
    <message>
        <source>Save them before going on?</source>
        <translation>是否先保存再继续？</translation>
    </message>
    <message>
        <source>Cannot create the autosave folder &apos;%1&apos;.</source>
        <translation>无法创建自动保存文件夹“%1”。</translation>
    </message>
    <message>
        <source>Could not autosave to &apos;%1&apos;: %2</source>
        <translation>无法自动保存到“%1”：%2</translation>
    </message>
    <message>
        <source>Cannot read the autosave &apos;%1&apos;.</source>
        <translation>无法读取自动保存文件“%1”。</translation>
    </message>
</context>
<context>
    <name>chrono::ui::EditActions</name>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Add Event…</source>
        <translation>添加事件(&amp;A)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>&amp;Edit Event…</source>
        <translation>编辑事件(&amp;E)…</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>&amp;Delete Event</source>
        <translation>删除事件(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Companies…</source>
        <translation>公司(&amp;C)…</translation>
    </message>
    <message>
        <source>Ca&amp;tegories…</source>
        <translation>类别(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Sources…</source>
        <translation>来源(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>清空菜单(&amp;C)</translation>
    </message>
    <message>
        <source>Add Event</source>
        <translation>添加事件</translation>
    </message>
    <message>
        <source>Edit Event</source>
        <translation>编辑事件</translation>
    </message>
    <message>
        <source>Delete Event</source>
        <translation>删除事件</translation>
    </message>
    <message>
        <source>an untitled document</source>
        <translation>未命名文档</translation>
    </message>
    <message>
        <source>Recover unsaved changes?</source>
        <translation>恢复未保存的更改？</translation>
    </message>
    <message>
        <source>Chronoscope did not close normally. Unsaved changes to %1 were kept.</source>
        <translation>Chronoscope 上次未正常关闭。对 %1 的未保存更改已保留。</translation>
    </message>
    <message>
        <source>Autosaved %1.</source>
        <translation>自动保存于 %1。</translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>丢弃(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Not Now</source>
        <translation>暂不处理(&amp;N)</translation>
    </message>
    <message>
        <source>Recovery failed</source>
        <translation>恢复失败</translation>
    </message>
</context>
<context>
    <name>chrono::ui::EditCommands</name>
    <message>
        <source>Add company “%1”</source>
        <translation>添加公司“%1”</translation>
    </message>
    <message>
        <source>Edit company “%1”</source>
        <translation>编辑公司“%1”</translation>
    </message>
    <message>
        <source>Delete company “%1”</source>
        <translation>删除公司“%1”</translation>
    </message>
    <message>
        <source>The company “%1” is still used by %2 (%3). Choose a company to move them to, or edit them first.</source>
        <translation>公司“%1”仍被 %2（%3）使用。请选择要将它们移至的公司，或先编辑它们。</translation>
    </message>
    <message>
        <source>Add category “%1”</source>
        <translation>添加类别“%1”</translation>
    </message>
    <message>
        <source>Edit category “%1”</source>
        <translation>编辑类别“%1”</translation>
    </message>
    <message>
        <source>Delete category “%1”</source>
        <translation>删除类别“%1”</translation>
    </message>
    <message>
        <source>The category “%1” is still used by %2 (%3). Choose a category to move them to, or edit them first.</source>
        <translation>类别“%1”仍被 %2（%3）使用。请选择要将它们移至的类别，或先编辑它们。</translation>
    </message>
    <message>
        <source>Add source “%1”</source>
        <translation>添加来源“%1”</translation>
    </message>
    <message>
        <source>Edit source “%1”</source>
        <translation>编辑来源“%1”</translation>
    </message>
    <message>
        <source>Delete source “%1”</source>
        <translation>删除来源“%1”</translation>
    </message>
    <message>
        <source>The source “%1” is still cited by %2 (%3). Choose a source to cite instead, or edit them first.</source>
        <translation>来源“%1”仍被 %2（%3）引用。请选择改为引用的来源，或先编辑它们。</translation>
    </message>
    <message>
        <source>There is no open document.</source>
        <translation>当前没有打开的文档。</translation>
    </message>
    <message>
        <source>“%1” no longer exists.</source>
        <translation>“%1”已不存在。</translation>
    </message>
    <message>
        <source>Cannot move the references of “%1” to “%2”.</source>
        <translation>无法将对“%1”的引用移至“%2”。</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>There is nothing to replace the document with.</source>
        <translation>没有可用来替换文档的内容。</translation>
    </message>
    <message>
        <source>Add event “%1”</source>
        <translation>添加事件“%1”</translation>
    </message>
    <message>
        <source>Edit event “%1”</source>
        <translation>编辑事件“%1”</translation>
    </message>
    <message>
        <source>The event “%1” no longer exists.</source>
        <translation>事件“%1”已不存在。</translation>
    </message>
    <message>
        <source>No event to delete.</source>
        <translation>没有要删除的事件。</translation>
    </message>
    <message>
        <source>Delete event “%1”</source>
        <translation>删除事件“%1”</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n event(s)</source>
        <translation>
            <numerusform>删除 %n 个事件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>chrono::ui::EntityListDialog</name>
    <message>
        <source>Companies</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>(none: drop the citations)</source>
        <translation>（无：删除这些引用）</translation>
    </message>
    <message>
        <source>(none: leave them without one)</source>
        <translation>（无：让它们不再有所属项）</translation>
    </message>
    <message>
        <source>“%1” is in use</source>
        <translation>“%1”正在使用中</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) refer to it. Move them to:</source>
        <translation>
            <numerusform>有 %n 项引用了它。将它们移至：</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>chrono::ui::EventDetails</name>
    <message>
        <source>Event details</source>
        <translation>事件详情</translation>
    </message>
    <message>
        <source>No event selected</source>
        <translation>未选择事件</translation>
    </message>
    <message>
        <source>Click an event in the timeline, a chart marker or the event list.</source>
        <translation>请点击时间轴中的事件、图表标记或事件列表。</translation>
    </message>
    <message>
        <source> (approximate)</source>
        <translation>（约）</translation>
    </message>
    <message>
        <source>confidence: %1</source>
        <translation>可信度：%1</translation>
    </message>
    <message>
        <source>No sources recorded</source>
        <translation>未记录来源</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
</context>
<context>
    <name>chrono::ui::EventEditDialog</name>
    <message>
        <source>Add Event</source>
        <translation>添加事件</translation>
    </message>
    <message>
        <source>Edit Event</source>
        <translation>编辑事件</translation>
    </message>
    <message>
        <source>YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>YYYY、YYYY-MM 或 YYYY-MM-DD</translation>
    </message>
    <message>
        <source>empty for a single date</source>
        <translation>单一日期时留空</translation>
    </message>
    <message>
        <source>(no company)</source>
        <translation>（无公司）</translation>
    </message>
    <message>
        <source>(no category)</source>
        <translation>（无类别）</translation>
    </message>
    <message>
        <source>1 (minor) to 5 (key moment)</source>
        <translation>1（次要）到 5（关键时刻）</translation>
    </message>
    <message>
        <source>e.g. verified-primary</source>
        <translation>例如 verified-primary</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>以逗号分隔</translation>
    </message>
    <message>
        <source>one http(s) URL per line</source>
        <translation>每行一个 http(s) URL</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>标识(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>开始(&amp;S)：</translation>
    </message>
    <message>
        <source>E&amp;nd:</source>
        <translation>结束(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>公司(&amp;C)：</translation>
    </message>
    <message>
        <source>C&amp;ategory:</source>
        <translation>类别(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Importance:</source>
        <translation>重要性(&amp;I)：</translation>
    </message>
    <message>
        <source>Con&amp;fidence:</source>
        <translation>可信度(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Title (English):</source>
        <translation>标题（英文）(&amp;T)：</translation>
    </message>
    <message>
        <source>Title (&amp;Chinese):</source>
        <translation>标题（中文）(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Description (English):</source>
        <translation>描述（英文）(&amp;D)：</translation>
    </message>
    <message>
        <source>Description (Chi&amp;nese):</source>
        <translation>描述（中文）(&amp;N)：</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>标签(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Links:</source>
        <translation>链接(&amp;L)：</translation>
    </message>
    <message>
        <source>S&amp;ources:</source>
        <translation>来源(&amp;O)：</translation>
    </message>
    <message>
        <source> (unknown source)</source>
        <translation>（未知来源）</translation>
    </message>
    <message>
        <source>Start: %1</source>
        <translation>开始：%1</translation>
    </message>
    <message>
        <source>End: %1</source>
        <translation>结束：%1</translation>
    </message>
    <message>
        <source>%1 (unknown)</source>
        <translation>%1（未知）</translation>
    </message>
</context>
<context>
    <name>chrono::ui::EventListPage</name>
    <message>
        <source>Visible events</source>
        <translation>可见事件</translation>
    </message>
</context>
<context>
    <name>chrono::ui::ExportDialog</name>
    <message>
        <source>1200 × 675 (article, 16:9)</source>
        <translation>1200 × 675（文章配图，16:9）</translation>
    </message>
    <message>
        <source>1920 × 1080 (slide, full HD)</source>
        <translation>1920 × 1080（幻灯片，全高清）</translation>
    </message>
    <message>
        <source>1080 × 1080 (square)</source>
        <translation>1080 × 1080（正方形）</translation>
    </message>
    <message>
        <source>A4 landscape (PDF)</source>
        <translation>A4 横向（PDF）</translation>
    </message>
    <message>
        <source>Letter landscape (PDF)</source>
        <translation>Letter 横向（PDF）</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间轴</translation>
    </message>
    <message>
        <source>Chart: %1</source>
        <translation>图表：%1</translation>
    </message>
    <message>
        <source>Report (timeline and chart on one time axis)</source>
        <translation>报告（时间轴与图表共用一条时间轴）</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Default: the dataset&apos;s or chart&apos;s title</source>
        <translation>默认：数据集或图表的标题</translation>
    </message>
    <message>
        <source>Sources footer</source>
        <translation>来源脚注</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>内容(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>尺寸(&amp;S)：</translation>
    </message>
    <message>
        <source>S&amp;cale:</source>
        <translation>缩放(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>标题(&amp;I)：</translation>
    </message>
    <message>
        <source>S&amp;ubtitle:</source>
        <translation>副标题(&amp;U)：</translation>
    </message>
    <message>
        <source>Export preview</source>
        <translation>导出预览</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Copy image</source>
        <translation>复制图片(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Command line: %1</source>
        <translation>命令行：%1</translation>
    </message>
    <message>
        <source>%1 of the %2 visible events (and the shown series) as %3.</source>
        <translation>%2 个可见事件（及所显示的数据系列）的%1，格式为 %3。</translation>
    </message>
    <message>
        <source>A table</source>
        <translation>表格</translation>
    </message>
    <message>
        <source>A Chronoscope dataset</source>
        <translation>Chronoscope 数据集</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1 文件 (*.%2)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
</context>
<context>
    <name>chrono::ui::ExportRenderer</name>
    <message>
        <source>nothing to export: no dataset</source>
        <translation>没有可导出的内容：未打开数据集</translation>
    </message>
    <message>
        <source>unknown series &apos;%1&apos;; known: %2</source>
        <translation>未知数据系列“%1”；可用：%2</translation>
    </message>
    <message>
        <source>unknown view &apos;%1&apos; (use timeline, chart:SERIES_ID or report)</source>
        <translation>未知视图“%1”（可用 timeline、chart:SERIES_ID 或 report）</translation>
    </message>
    <message>
        <source>, as of %1</source>
        <translation>，截至 %1</translation>
    </message>
    <message>
        <source>Source: </source>
        <translation>来源：</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> 及其他 %n 家</numerusform>
        </translation>
    </message>
    <message>
        <source>Source: no sources recorded for what is shown</source>
        <translation>来源：所显示内容未记录来源</translation>
    </message>
    <message>
        <source>Cannot write &apos;%1&apos;: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <source>Cannot encode PNG for &apos;%1&apos;</source>
        <translation>无法为“%1”编码 PNG</translation>
    </message>
    <message>
        <source>Cannot tell the format of &apos;%1&apos;: use .png, .svg or .pdf</source>
        <translation>无法判断“%1”的格式：请使用 .png、.svg 或 .pdf</translation>
    </message>
</context>
<context>
    <name>chrono::ui::FilterPanel</name>
    <message>
        <source>Search events…</source>
        <translation>搜索事件…</translation>
    </message>
    <message>
        <source>Search events</source>
        <translation>搜索事件</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>上一个匹配（Shift+F3）</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>上一个匹配</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>下一个匹配（F3）</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>下一个匹配</translation>
    </message>
    <message>
        <source>YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>YYYY、YYYY-MM 或 YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Show events from</source>
        <translation>显示此日期之后的事件</translation>
    </message>
    <message>
        <source>Show events until</source>
        <translation>显示此日期之前的事件</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>起始：</translation>
    </message>
    <message>
        <source>Until:</source>
        <translation>截止：</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>全部事件</translation>
    </message>
    <message>
        <source>Importance 2 and up</source>
        <translation>重要性 2 及以上</translation>
    </message>
    <message>
        <source>Importance 3 and up</source>
        <translation>重要性 3 及以上</translation>
    </message>
    <message>
        <source>Major (4 and up)</source>
        <translation>重大（4 及以上）</translation>
    </message>
    <message>
        <source>Key moments only (5)</source>
        <translation>仅关键时刻（5）</translation>
    </message>
    <message>
        <source>Minimum importance</source>
        <translation>最低重要性</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Find a company…</source>
        <translation>查找公司…</translation>
    </message>
    <message>
        <source>Find a company in the list</source>
        <translation>在列表中查找公司</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Show every company</source>
        <translation>显示所有公司</translation>
    </message>
    <message>
        <source>Hide every company</source>
        <translation>隐藏所有公司</translation>
    </message>
    <message>
        <source>Companies shown</source>
        <translation>显示的公司</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Only this</source>
        <translation>仅显示此项</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n event(s). Double-click to show only this company.</source>
        <translation>
            <numerusform>%1：%n 个事件。双击可只显示此公司。</numerusform>
        </translation>
    </message>
    <message>
        <source>Category %1</source>
        <translation>类别 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n 个事件</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 events match</source>
        <translation>%2 个事件中有 %1 个匹配</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>起始：%1</translation>
    </message>
    <message>
        <source>Until: %1</source>
        <translation>截止：%1</translation>
    </message>
</context>
<context>
    <name>chrono::ui::ImportDialog</name>
    <message>
        <source>Id</source>
        <translation>标识</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Company (lane)</source>
        <translation>公司（泳道）</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>网址</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>重要性</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>End year</source>
        <translation>结束年</translation>
    </message>
    <message>
        <source>End month</source>
        <translation>结束月</translation>
    </message>
    <message>
        <source>End day</source>
        <translation>结束日</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <source>Value (series)</source>
        <translation>数值（数据系列）</translation>
    </message>
    <message>
        <source>Entity code</source>
        <translation>实体代码</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>导入 %1</translation>
    </message>
    <message>
        <source>Choose which column holds what. The preview shows what the import makes of the file.</source>
        <translation>请选择各列分别对应什么内容。预览显示按此导入文件的结果。</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>The column “%1” is chosen for %2.</source>
        <translation>列“%1”被同时指定为 %2。</translation>
    </message>
    <message>
        <source>Nothing could be imported with this mapping.</source>
        <translation>按此对应关系无法导入任何内容。</translation>
    </message>
    <message>
        <source>%1 events, %2 series.</source>
        <translation>%1 个事件，%2 个数据系列。</translation>
    </message>
    <message>
        <source>No data with this mapping.</source>
        <translation>按此对应关系没有数据。</translation>
    </message>
    <message>
        <source>%1 errors, %2 warnings.</source>
        <translation>%1 个错误，%2 个警告。</translation>
    </message>
    <message>
        <source>Preview of the first %1 of %2; the import reads the whole file.</source>
        <translation>预览的是文件（共 %2）的前 %1；导入时会读取整个文件。</translation>
    </message>
</context>
<context>
    <name>chrono::ui::LaneChoiceDialog</name>
    <message>
        <source>Groups</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>Item classes (className)</source>
        <translation>条目类（className）</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Top-level categories</source>
        <translation>顶层类别</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>部分</translation>
    </message>
    <message>
        <source>First tag</source>
        <translation>第一个标签</translation>
    </message>
    <message>
        <source>No lanes</source>
        <translation>不分泳道</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>导入 %1</translation>
    </message>
    <message>
        <source>Lanes from:</source>
        <translation>泳道依据：</translation>
    </message>
    <message numerus="yes">
        <source>All %n event(s) in one row.</source>
        <translation>
            <numerusform>全部 %n 个事件在同一行。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lane(s): </source>
        <translation>
            <numerusform>%n 条泳道：</numerusform>
        </translation>
    </message>
    <message>
        <source>, … and %1 more</source>
        <translation>，……另有 %1 个</translation>
    </message>
</context>
<context>
    <name>chrono::ui::MainWindow</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation>无法打开 %1</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>筛选</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>说法核查</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Import into this dataset</source>
        <translation>导入到此数据集</translation>
    </message>
    <message>
        <source>Open the &amp;embedded story</source>
        <translation>打开内置数据集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>查找下一个(&amp;N)</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>查找上一个(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Clear Filters</source>
        <translation>清除筛选条件(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Fit All</source>
        <translation>显示全部(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>面板(&amp;P)</translation>
    </message>
    <message>
        <source>F&amp;ull Screen</source>
        <translation>全屏(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>About this &amp;dataset</source>
        <translation>关于此数据集(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;About Chronoscope</source>
        <translation>关于 Chronoscope(&amp;A)</translation>
    </message>
    <message>
        <source>About Chronoscope</source>
        <translation>关于 Chronoscope</translation>
    </message>
    <message>
        <source>Chronoscope %1
Dated events and the trends around them.</source>
        <translation>Chronoscope %1
带日期的事件及其背后的趋势。</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n event(s)</source>
        <translation>
            <numerusform>%1 / %n 个事件</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing %1 – %2</source>
        <translation>显示范围：%1 – %2</translation>
    </message>
    <message>
        <source>Timeline: no dataset</source>
        <translation>时间轴：未打开数据集</translation>
    </message>
    <message>
        <source>Overview: no dataset</source>
        <translation>概览：未打开数据集</translation>
    </message>
    <message>
        <source>Chart: no dataset</source>
        <translation>图表：未打开数据集</translation>
    </message>
    <message numerus="yes">
        <source>Timeline: %n event(s) in %1 lanes, %2 – %3</source>
        <translation>
            <numerusform>时间轴：%1 条泳道中的 %n 个事件，%2 – %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Overview: density of %n event(s), %1 – %2</source>
        <translation>
            <numerusform>概览：%n 个事件的分布密度，%1 – %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Chart: no series</source>
        <translation>图表：无数据系列</translation>
    </message>
    <message>
        <source>Chart: %1</source>
        <translation>图表：%1</translation>
    </message>
    <message>
        <source>The embedded dataset could not be read</source>
        <translation>无法读取内置数据集</translation>
    </message>
    <message>
        <source>%1 opened with warnings</source>
        <translation>%1 已打开，但有警告</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>……另有 %1 条</translation>
    </message>
    <message>
        <source>&amp;Filters</source>
        <translation>筛选(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>详情(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation>事件(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Claims</source>
        <translation>说法核查(&amp;C)</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>导入 %1</translation>
    </message>
    <message>
        <source>Open &amp;View…</source>
        <translation>打开视图(&amp;V)…</translation>
    </message>
    <message>
        <source>Open view</source>
        <translation>打开视图</translation>
    </message>
    <message>
        <source>Chronoscope views (*.view.json *.json)</source>
        <translation>Chronoscope 视图 (*.view.json *.json)</translation>
    </message>
    <message>
        <source>Save &amp;View…</source>
        <translation>保存视图(&amp;V)…</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>保存视图</translation>
    </message>
    <message>
        <source>Chronoscope views (*.view.json)</source>
        <translation>Chronoscope 视图 (*.view.json)</translation>
    </message>
    <message>
        <source>File changed on disk</source>
        <translation>磁盘上的文件已更改</translation>
    </message>
    <message>
        <source>%1 was changed by another program. Reload it and lose your changes?</source>
        <translation>%1 已被其他程序修改。是否重新加载并放弃您的更改？</translation>
    </message>
    <message>
        <source>%1[*] — Chronoscope</source>
        <translation>%1[*] — Chronoscope</translation>
    </message>
    <message>
        <source>Could not save the view</source>
        <translation>无法保存视图</translation>
    </message>
    <message>
        <source>Saved view to %1</source>
        <translation>视图已保存到 %1</translation>
    </message>
    <message>
        <source>Could not open the view</source>
        <translation>无法打开视图</translation>
    </message>
    <message>
        <source>&amp;Go to Date…</source>
        <translation>转到日期(&amp;G)…</translation>
    </message>
    <message>
        <source>&amp;Lanes</source>
        <translation>泳道(&amp;L)</translation>
    </message>
    <message>
        <source>In &amp;dataset order</source>
        <translation>按数据集顺序(&amp;D)</translation>
    </message>
    <message>
        <source>By &amp;first event</source>
        <translation>按首个事件(&amp;F)</translation>
    </message>
    <message>
        <source>By &amp;name</source>
        <translation>按名称(&amp;N)</translation>
    </message>
    <message>
        <source>By event &amp;count</source>
        <translation>按事件数量(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Hide empty lanes</source>
        <translation>隐藏空泳道(&amp;H)</translation>
    </message>
    <message>
        <source>E&amp;xpand all lanes</source>
        <translation>展开所有泳道(&amp;X)</translation>
    </message>
    <message>
        <source>Go to Date</source>
        <translation>转到日期</translation>
    </message>
    <message>
        <source>Date (YYYY, YYYY-MM or YYYY-MM-DD):</source>
        <translation>日期（YYYY、YYYY-MM 或 YYYY-MM-DD）：</translation>
    </message>
    <message>
        <source>Not a date</source>
        <translation>不是有效日期</translation>
    </message>
    <message>
        <source>%1 opened, but some of it was left out</source>
        <translation>已打开 %1，但有部分内容未载入</translation>
    </message>
    <message>
        <source>Left out of the file:</source>
        <translation>文件中未载入的内容：</translation>
    </message>
    <message>
        <source>Other warnings:</source>
        <translation>其他警告：</translation>
    </message>
</context>
<context>
    <name>chrono::ui::OverviewStrip</name>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Density of all events over the whole time span; the rectangle is the visible window. Drag it to move.</source>
        <translation>全部事件在整个时间跨度上的分布密度；矩形框为当前可见范围，拖动即可移动。</translation>
    </message>
</context>
<context>
    <name>chrono::ui::SeriesChartView</name>
    <message>
        <source>Trend chart</source>
        <translation>趋势图</translation>
    </message>
    <message>
        <source>Log scale</source>
        <translation>对数刻度</translation>
    </message>
    <message>
        <source>Logarithmic value axis</source>
        <translation>对数数值轴</translation>
    </message>
    <message>
        <source>%1 chart of %2</source>
        <translation>%2 的%1图</translation>
    </message>
</context>
<context>
    <name>chrono::ui::SourceEditDialog</name>
    <message>
        <source>Add Source</source>
        <translation>添加来源</translation>
    </message>
    <message>
        <source>Edit Source</source>
        <translation>编辑来源</translation>
    </message>
    <message>
        <source>YYYY, YYYY-MM or YYYY-MM-DD; empty when unknown</source>
        <translation>YYYY、YYYY-MM 或 YYYY-MM-DD；未知时留空</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>标识(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Publisher:</source>
        <translation>发布者(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>网址(&amp;U)：</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>日期：%1</translation>
    </message>
</context>
<context>
    <name>chrono::ui::TimelinePainter</name>
    <message>
        <source>No %1</source>
        <translation>无%1</translation>
    </message>
</context>
<context>
    <name>chrono::ui::TimelineView</name>
    <message>
        <source>Timeline</source>
        <translation>时间轴</translation>
    </message>
    <message>
        <source>Events in lanes by company along a date axis. Wheel or + and - zoom, drag or arrow keys pan, Ctrl+Left and Ctrl+Right step through events, F fits everything.</source>
        <translation>按公司分泳道沿日期轴排列的事件。滚轮或 + 和 - 缩放，拖动或方向键平移，Ctrl+左/右 逐个浏览事件，F 显示全部。</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) here — click to zoom in</source>
        <translation>
            <numerusform>此处有 %n 个事件 — 点击放大</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>chrono::ui::cli</name>
    <message>
        <source>… and %1 more warnings</source>
        <translation>……另有 %1 条警告</translation>
    </message>
    <message>
        <source>chronoscope: --map expects ROLE=COLUMN, got &apos;%1&apos;</source>
        <translation>chronoscope：--map 需要 ROLE=COLUMN 形式，收到的是“%1”</translation>
    </message>
    <message>
        <source>Try &apos;chronoscope export --help&apos;.</source>
        <translation>请运行“chronoscope export --help”查看用法。</translation>
    </message>
    <message>
        <source>Render the timeline, a chart or a report with no window, or write the filtered data.</source>
        <translation>不打开窗口，渲染时间轴、图表或报告，或写出筛选后的数据。</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>多余的参数“%1”</translation>
    </message>
    <message>
        <source>no output file: give -o OUT</source>
        <translation>没有输出文件：请用 -o OUT 指定</translation>
    </message>
    <message>
        <source>cannot tell the format of &apos;%1&apos;: use .png, .svg, .pdf, .csv or .json</source>
        <translation>无法判断“%1”的格式：请使用 .png、.svg、.pdf、.csv 或 .json</translation>
    </message>
    <message>
        <source>chronoscope export: cannot read &apos;%1&apos;: %2</source>
        <translation>chronoscope export：无法读取“%1”：%2</translation>
    </message>
    <message>
        <source>--size expects WxH between 200x150 and 10000x10000, got &apos;%1&apos;</source>
        <translation>--size 需要介于 200x150 与 10000x10000 之间的 宽x高，收到的是“%1”</translation>
    </message>
    <message>
        <source>--scale expects a factor from 1 to 4</source>
        <translation>--scale 需要 1 到 4 之间的倍数</translation>
    </message>
    <message>
        <source>--theme expects light or dark</source>
        <translation>--theme 只能是 light 或 dark</translation>
    </message>
    <message>
        <source>--lang expects en or zh</source>
        <translation>--lang 只能是 en 或 zh</translation>
    </message>
    <message>
        <source>--from: %1</source>
        <translation>--from：%1</translation>
    </message>
    <message>
        <source>--to: %1</source>
        <translation>--to：%1</translation>
    </message>
    <message>
        <source>--today: %1</source>
        <translation>--today：%1</translation>
    </message>
    <message>
        <source>--min-importance expects 1 to 5</source>
        <translation>--min-importance 需要 1 到 5</translation>
    </message>
    <message>
        <source>unknown company &apos;%1&apos;; valid ids: %2</source>
        <translation>未知公司“%1”；有效的 id：%2</translation>
    </message>
    <message>
        <source>unknown category &apos;%1&apos;; valid ids: %2</source>
        <translation>未知类别“%1”；有效的 id：%2</translation>
    </message>
    <message>
        <source>Wrote %1 (%2, %3 of %4 events)</source>
        <translation>已写入 %1（%2，%4 个事件中的 %3 个）</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 %3x%4, view %5, %6 of %7 events)</source>
        <translation>已写入 %1（%2 %3x%4，视图 %5，%7 个事件中的 %6 个）</translation>
    </message>
    <message>
        <source>Check data files; every problem is printed as FILE:LINE:COLUMN: message.</source>
        <translation>检查数据文件；每个问题以 文件:行:列: 消息 的形式输出。</translation>
    </message>
    <message>
        <source>Override a detected column role (repeatable).</source>
        <translation>覆盖自动识别的列角色（可重复）。</translation>
    </message>
    <message>
        <source>Print errors only.</source>
        <translation>只输出错误。</translation>
    </message>
    <message>
        <source>Files to check (default: the embedded dataset).</source>
        <translation>要检查的文件（默认：内置数据集）。</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n 个错误</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n 个警告</numerusform>
        </translation>
    </message>
    <message>
        <source>List what a dataset holds: the id, a tab, the display name.</source>
        <translation>列出数据集的内容：id、制表符、显示名称。</translation>
    </message>
    <message>
        <source>A dataset or importable file (repeatable).</source>
        <translation>数据集或可导入的文件（可重复）。</translation>
    </message>
    <message>
        <source>en | zh: the language of the names.</source>
        <translation>en | zh：名称所用的语言。</translation>
    </message>
    <message>
        <source>companies | categories | series | events</source>
        <translation>companies | categories | series | events</translation>
    </message>
    <message>
        <source>chronoscope list: expected one of companies, categories, series, events</source>
        <translation>chronoscope list：应为 companies、categories、series、events 之一</translation>
    </message>
    <message>
        <source>chronoscope list: --lang expects en or zh</source>
        <translation>chronoscope list：--lang 只能是 en 或 zh</translation>
    </message>
    <message>
        <source>--chart-kind expects line, stacked, stacked-relative, step or growth</source>
        <translation>--chart-kind 只能是 line、stacked、stacked-relative、step 或 growth</translation>
    </message>
    <message>
        <source>unknown series &apos;%1&apos;; known: %2</source>
        <translation>未知数据系列“%1”；可用：%2</translation>
    </message>
    <message>
        <source>Wrote %1 (PDF, %2 landscape, view %3, %4 of %5 events)</source>
        <translation>已写入 %1（PDF，%2 横向，视图 %3，%5 个事件中的 %4 个）</translation>
    </message>
</context>
<context>
    <name>chrono::ui::cli::Options</name>
    <message>
        <source>Write to OUT; the format follows its suffix (.png .svg .pdf .csv .json).</source>
        <translation>写入 OUT；格式由后缀决定（.png .svg .pdf .csv .json）。</translation>
    </message>
    <message>
        <source>A dataset or importable file (repeatable); default: the embedded dataset.</source>
        <translation>数据集或可导入的文件（可重复）；默认：内置数据集。</translation>
    </message>
    <message>
        <source>timeline | chart:SERIES_ID | report (default: timeline).</source>
        <translation>timeline | chart:SERIES_ID | report（默认：timeline）。</translation>
    </message>
    <message>
        <source>Comma-separated company ids or names (default: all).</source>
        <translation>以逗号分隔的公司 id 或名称（默认：全部）。</translation>
    </message>
    <message>
        <source>Comma-separated category ids or names.</source>
        <translation>以逗号分隔的类别 id 或名称。</translation>
    </message>
    <message>
        <source>Only events whose text matches (case, accent and width insensitive).</source>
        <translation>只保留文本匹配的事件（不区分大小写、重音和全半角）。</translation>
    </message>
    <message>
        <source>Start date: YYYY, YYYY-MM or YYYY-MM-DD.</source>
        <translation>起始日期：YYYY、YYYY-MM 或 YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>End date, inclusive of its whole period.</source>
        <translation>截止日期，包含其整个时段。</translation>
    </message>
    <message>
        <source>Only events of at least this importance (1-5).</source>
        <translation>只保留重要性不低于此值的事件（1-5）。</translation>
    </message>
    <message>
        <source>Picture size in logical pixels (default 1600x900).</source>
        <translation>图片尺寸，单位为逻辑像素（默认 1600x900）。</translation>
    </message>
    <message>
        <source>Pixel scale 1-4 for PNG (default 1).</source>
        <translation>PNG 的像素倍率 1-4（默认 1）。</translation>
    </message>
    <message>
        <source>light | dark.</source>
        <translation>light | dark。</translation>
    </message>
    <message>
        <source>en | zh.</source>
        <translation>en | zh。</translation>
    </message>
    <message>
        <source>Title above the picture.</source>
        <translation>图片上方的标题。</translation>
    </message>
    <message>
        <source>Subtitle under the title.</source>
        <translation>标题下方的副标题。</translation>
    </message>
    <message>
        <source>PDF page: A4 or Letter (default: the picture size).</source>
        <translation>PDF 页面：A4 或 Letter（默认：图片尺寸）。</translation>
    </message>
    <message>
        <source>Leave out the sources footer.</source>
        <translation>不加来源脚注。</translation>
    </message>
    <message>
        <source>A saved view (filters, range, series, theme, language).</source>
        <translation>已保存的视图（筛选条件、范围、数据系列、主题、语言）。</translation>
    </message>
    <message>
        <source>Override a detected column role when importing (repeatable).</source>
        <translation>导入时覆盖自动识别的列角色（可重复）。</translation>
    </message>
    <message>
        <source>Print one line per stage on stderr: timing: STAGE MILLISECONDS ms.</source>
        <translation>在标准错误上为每个阶段输出一行：timing: 阶段 毫秒数 ms。</translation>
    </message>
    <message>
        <source>Draw a today line at DATE (default: none, so output is reproducible).</source>
        <translation>在 DATE 处画“今天”线（默认不画，使输出可复现）。</translation>
    </message>
    <message>
        <source>line | stacked | stacked-relative | step | growth (default: step for prices, else line).</source>
        <translation>line | stacked | stacked-relative | step | growth（默认：价格用 step，其余用 line）。</translation>
    </message>
</context>
</TS>
