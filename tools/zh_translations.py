# SPDX-License-Identifier: GPL-3.0-or-later
"""Fills the catalogues after `make translations`: python3 tools/zh_translations.py.

chronoscope_zh_CN.ts gets the Chinese below; chronoscope_en.ts (plural forms only, made with
lupdate -pluralonly) gets "%n event" / "%n events" from the "(s)" in the source. Entries
found here replace what is there; Qt Linguist works on the same files.
Keys are source texts, or (context, source) where one context needs a different wording.
"""
import sys
import xml.etree.ElementTree as ET

TS = sys.argv[1] if len(sys.argv) > 1 else "resources/translations/chronoscope_zh_CN.ts"
EN_TS = "resources/translations/chronoscope_en.ts"

ZH = {
    # Timeline lanes and navigation (View menu)
    "&Go to Date…": "转到日期(&G)…", "&Lanes": "泳道(&L)", "In &dataset order": "按数据集顺序(&D)",
    "By &first event": "按首个事件(&F)", "By &name": "按名称(&N)", "By event &count": "按事件数量(&C)",
    "&Hide empty lanes": "隐藏空泳道(&H)", "E&xpand all lanes": "展开所有泳道(&X)", "Go to Date": "转到日期",
    "Date (YYYY, YYYY-MM or YYYY-MM-DD):": "日期（YYYY、YYYY-MM 或 YYYY-MM-DD）：", "Not a date": "不是有效日期",
    "Wrote %1 (PDF, %2 landscape, view %3, %4 of %5 events)": "已写入 %1（PDF，%2 横向，视图 %3，%5 个事件中的 %4 个）",
    # Event table
    "Date": "日期", "Title": "标题", "Company": "公司", "Category": "类别", "Importance": "重要性",
    # About dataset
    "About this dataset": "关于此数据集",
    "**%1 events** in %2 lanes, **%3 series** (%4 points, %5 of them reported claims), **%6 sources**, **%7 claims** checked. As of **%8**.":
        "**%1 个事件**，分布在 %2 条泳道；**%3 个数据系列**（%4 个数据点，其中 %5 个为声称数据）；**%6 个来源**；核查了 **%7 条说法**。数据截至 **%8**。",
    "unknown": "未知",
    # Active filters
    "Filters:": "筛选：", "Active filters": "当前筛选条件", "Clear this filter": "清除此筛选条件",
    "Clear filter: %1": "清除筛选条件：%1", "%1 of %2": "%1 / %2", "Companies: %1 ✕": "公司：%1 ✕",
    "none": "无", "Categories: %1 ✕": "类别：%1 ✕", "Text: “%1” ✕": "文本：“%1” ✕",
    "From %1 ✕": "自 %1 ✕", "Until %1 ✕": "至 %1 ✕", "Importance ≥ %1 ✕": "重要性 ≥ %1 ✕", "Clear all": "全部清除",
    # Chart panel
    "Series": "数据系列", "Chart kind": "图表类型", "Lines": "折线", "Stacked share": "堆叠份额",
    "Stacked, 100 %": "百分比堆叠", "Price steps": "价格阶梯", "Growth since…": "自某日起的增长…",
    "Log scale": "对数刻度", "Base date:": "基准日期：", "YYYY-MM-DD": "YYYY-MM-DD",
    "Growth base date": "增长基准日期", "&Series:": "数据系列(&S)：",
    # Claims
    "Correct": "属实", "Redefined": "偷换概念", "Contradicted": "与证据矛盾", "Unsourced": "无来源",
    "Partly correct": "部分属实", "#": "#", "Claim": "说法", "Verdict": "结论",
    "Claims of the source article": "原文中的说法", "The article says": "文章的说法",
    "Show chart": "显示图表", "Show events": "显示事件", "What the sources say": "来源的说法",
    "Sources": "来源", "This dataset has no claims to check.": "此数据集没有需要核查的说法。",
    # Event details
    "Event details": "事件详情", "No event selected": "未选择事件",
    "Click an event in the timeline, a chart marker or the event list.": "请点击时间轴中的事件、图表标记或事件列表。",
    " (approximate)": "（约）", "confidence: %1": "可信度：%1", "No sources recorded": "未记录来源",
    "Visible events": "可见事件",
    # Export dialog
    "1200 × 675 (article, 16:9)": "1200 × 675（文章配图，16:9）",
    "1920 × 1080 (slide, full HD)": "1920 × 1080（幻灯片，全高清）",
    "1080 × 1080 (square)": "1080 × 1080（正方形）",
    "A4 landscape (PDF)": "A4 横向（PDF）", "Letter landscape (PDF)": "Letter 横向（PDF）", "Custom": "自定义",
    "Export": "导出", "Timeline": "时间轴", "Chart: %1": "图表：%1",
    "Report (timeline and chart on one time axis)": "报告（时间轴与图表共用一条时间轴）",
    "Light": "浅色", "Dark": "深色", "Default: the dataset's or chart's title": "默认：数据集或图表的标题",
    "Sources footer": "来源脚注", "&What:": "内容(&W)：", "&Format:": "格式(&F)：", "&Size:": "尺寸(&S)：",
    "S&cale:": "缩放(&C)：", "&Theme:": "主题(&T)：", "&Language:": "语言(&L)：", "T&itle:": "标题(&I)：",
    "S&ubtitle:": "副标题(&U)：", "Export preview": "导出预览", "&Export…": "导出(&E)…",
    "&Copy image": "复制图片(&C)", "&Print…": "打印(&P)…", "Command line: %1": "命令行：%1",
    "%1 of the %2 visible events (and the shown series) as %3.": "%2 个可见事件（及所显示的数据系列）的%1，格式为 %3。",
    "A table": "表格", "A Chronoscope dataset": "Chronoscope 数据集",
    "Cannot write '%1': %2": "无法写入“%1”：%2", "%1 files (*.%2)": "%1 文件 (*.%2)", "Export failed": "导出失败",
    # Export renderer (drawn into pictures)
    "nothing to export: no dataset": "没有可导出的内容：未打开数据集",
    "unknown series '%1'; known: %2": "未知数据系列“%1”；可用：%2",
    "unknown view '%1' (use timeline, chart:SERIES_ID or report)": "未知视图“%1”（可用 timeline、chart:SERIES_ID 或 report）",
    ", as of %1": "，截至 %1", "Source: ": "来源：", " and %n more": [" 及其他 %n 家"],
    "Source: no sources recorded for what is shown": "来源：所显示内容未记录来源",
    "Cannot encode PNG for '%1'": "无法为“%1”编码 PNG",
    "Cannot tell the format of '%1': use .png, .svg or .pdf": "无法判断“%1”的格式：请使用 .png、.svg 或 .pdf",
    # Filter panel
    "Search events…": "搜索事件…", "Search events": "搜索事件",
    "Previous match (Shift+F3)": "上一个匹配（Shift+F3）", "Previous match": "上一个匹配",
    "Next match (F3)": "下一个匹配（F3）", "Next match": "下一个匹配",
    "YYYY, YYYY-MM or YYYY-MM-DD": "YYYY、YYYY-MM 或 YYYY-MM-DD", "Show events from": "显示此日期之后的事件",
    "Show events until": "显示此日期之前的事件", "From:": "起始：", "Until:": "截止：", "All events": "全部事件",
    "Importance 2 and up": "重要性 2 及以上", "Importance 3 and up": "重要性 3 及以上",
    "Major (4 and up)": "重大（4 及以上）", "Key moments only (5)": "仅关键时刻（5）", "Minimum importance": "最低重要性",
    "Show:": "显示：", "Companies": "公司", "Find a company…": "查找公司…", "Find a company in the list": "在列表中查找公司",
    "All": "全部", "None": "无", "Show every company": "显示所有公司", "Hide every company": "隐藏所有公司",
    "Companies shown": "显示的公司", "Categories": "类别", "Only this": "仅显示此项",
    "%1: %n event(s). Double-click to show only this company.": ["%1：%n 个事件。双击可只显示此公司。"],
    "Category %1": "类别 %1", "%n event(s)": ["%n 个事件"], "%1 of %2 events match": "%2 个事件中有 %1 个匹配",
    "From: %1": "起始：%1", "Until: %1": "截止：%1",
    # Main window
    "&Filters": "筛选(&F)", "&Details": "详情(&D)", "&Events": "事件(&E)", "&Claims": "说法核查(&C)",
    "Cancel": "取消", "Could not open %1": "无法打开 %1", "Filters": "筛选", "Details": "详情", "Events": "事件",
    "Claims": "说法核查", "&File": "文件(&F)", "&Open…": "打开(&O)…", "Open": "打开", "&Import…": "导入(&I)…",
    "Import into this dataset": "导入到此数据集", "Open the &embedded story": "打开内置数据集(&E)",
    "&Quit": "退出(&Q)", "&Edit": "编辑(&E)", "&Find…": "查找(&F)…", "Find &Next": "查找下一个(&N)",
    "Find Pre&vious": "查找上一个(&V)", "&Clear Filters": "清除筛选条件(&C)", "&View": "视图(&V)",
    "Zoom &In": "放大(&I)", "Zoom &Out": "缩小(&O)", "&Fit All": "显示全部(&F)", "&Panels": "面板(&P)",
    "F&ull Screen": "全屏(&U)", "&Language": "语言(&L)", "&Theme": "主题(&T)", "&Light": "浅色(&L)",
    "&Dark": "深色(&D)", "&Help": "帮助(&H)", "About this &dataset": "关于此数据集(&D)",
    "&About Chronoscope": "关于 Chronoscope(&A)", "About Chronoscope": "关于 Chronoscope",
    "Chronoscope %1\nDated events and the trends around them.": "Chronoscope %1\n带日期的事件及其背后的趋势。",
    "About &Qt": "关于 Qt(&Q)", "%1 of %n event(s)": ["%1 / %n 个事件"], "Showing %1 – %2": "显示范围：%1 – %2",
    "Timeline: no dataset": "时间轴：未打开数据集", "Overview: no dataset": "概览：未打开数据集",
    "Chart: no dataset": "图表：未打开数据集",
    "Timeline: %n event(s) in %1 lanes, %2 – %3": ["时间轴：%1 条泳道中的 %n 个事件，%2 – %3"],
    "Overview: density of %n event(s), %1 – %2": ["概览：%n 个事件的分布密度，%1 – %2"],
    "Chart: no series": "图表：无数据系列", "%1 — Chronoscope": "%1 — Chronoscope",
    "The embedded dataset could not be read": "无法读取内置数据集", "%1 opened with warnings": "%1 已打开，但有警告",
    "Opened %1": "已打开 %1", "… and %1 more": "……另有 %1 条",
    # Overview, chart view, timeline
    "Overview": "概览",
    "Density of all events over the whole time span; the rectangle is the visible window. Drag it to move.":
        "全部事件在整个时间跨度上的分布密度；矩形框为当前可见范围，拖动即可移动。",
    "Trend chart": "趋势图", "Logarithmic value axis": "对数数值轴", "%1 chart of %2": "%2 的%1图",
    "Events in lanes by company along a date axis. Wheel or + and - zoom, drag or arrow keys pan, Ctrl+Left and Ctrl+Right step through events, F fits everything.":
        "按公司分泳道沿日期轴排列的事件。滚轮或 + 和 - 缩放，拖动或方向键平移，Ctrl+左/右 逐个浏览事件，F 显示全部。",
    "%n event(s) here — click to zoom in": ["此处有 %n 个事件 — 点击放大"],
    # Command line
    "… and %1 more warnings": "……另有 %1 条警告",
    "chronoscope: --map expects ROLE=COLUMN, got '%1'": "chronoscope：--map 需要 ROLE=COLUMN 形式，收到的是“%1”",
    "Try 'chronoscope export --help'.": "请运行“chronoscope export --help”查看用法。",
    "Render the timeline, a chart or a report with no window, or write the filtered data.":
        "不打开窗口，渲染时间轴、图表或报告，或写出筛选后的数据。",
    "unexpected argument '%1'": "多余的参数“%1”", "no output file: give -o OUT": "没有输出文件：请用 -o OUT 指定",
    "cannot tell the format of '%1': use .png, .svg, .pdf, .csv or .json": "无法判断“%1”的格式：请使用 .png、.svg、.pdf、.csv 或 .json",
    "chronoscope export: cannot read '%1': %2": "chronoscope export：无法读取“%1”：%2",
    "--size expects WxH between 200x150 and 10000x10000, got '%1'": "--size 需要介于 200x150 与 10000x10000 之间的 宽x高，收到的是“%1”",
    "--scale expects a factor from 1 to 4": "--scale 需要 1 到 4 之间的倍数",
    "--theme expects light or dark": "--theme 只能是 light 或 dark", "--lang expects en or zh": "--lang 只能是 en 或 zh",
    "--from: %1": "--from：%1", "--to: %1": "--to：%1", "--today: %1": "--today：%1",
    "--min-importance expects 1 to 5": "--min-importance 需要 1 到 5",
    "unknown company '%1'; valid ids: %2": "未知公司“%1”；有效的 id：%2",
    "unknown category '%1'; valid ids: %2": "未知类别“%1”；有效的 id：%2",
    "Wrote %1 (%2, %3 of %4 events)": "已写入 %1（%2，%4 个事件中的 %3 个）",
    "Wrote %1 (%2 %3x%4, view %5, %6 of %7 events)": "已写入 %1（%2 %3x%4，视图 %5，%7 个事件中的 %6 个）",
    "Check data files; every problem is printed as FILE:LINE:COLUMN: message.": "检查数据文件；每个问题以 文件:行:列: 消息 的形式输出。",
    "Override a detected column role (repeatable).": "覆盖自动识别的列角色（可重复）。",
    "Print errors only.": "只输出错误。", "Files to check (default: the embedded dataset).": "要检查的文件（默认：内置数据集）。",
    "%n error(s)": ["%n 个错误"], "%n warning(s)": ["%n 个警告"],
    "List what a dataset holds: the id, a tab, the display name.": "列出数据集的内容：id、制表符、显示名称。",
    "A dataset or importable file (repeatable).": "数据集或可导入的文件（可重复）。",
    "en | zh: the language of the names.": "en | zh：名称所用的语言。",
    "companies | categories | series | events": "companies | categories | series | events",
    "chronoscope list: expected one of companies, categories, series, events": "chronoscope list：应为 companies、categories、series、events 之一",
    "chronoscope list: --lang expects en or zh": "chronoscope list：--lang 只能是 en 或 zh",
    "Write to OUT; the format follows its suffix (.png .svg .pdf .csv .json).": "写入 OUT；格式由后缀决定（.png .svg .pdf .csv .json）。",
    "A dataset or importable file (repeatable); default: the embedded dataset.": "数据集或可导入的文件（可重复）；默认：内置数据集。",
    "timeline | chart:SERIES_ID | report (default: timeline).": "timeline | chart:SERIES_ID | report（默认：timeline）。",
    "Comma-separated company ids or names (default: all).": "以逗号分隔的公司 id 或名称（默认：全部）。",
    "Comma-separated category ids or names.": "以逗号分隔的类别 id 或名称。",
    "Only events whose text matches (case, accent and width insensitive).": "只保留文本匹配的事件（不区分大小写、重音和全半角）。",
    "Start date: YYYY, YYYY-MM or YYYY-MM-DD.": "起始日期：YYYY、YYYY-MM 或 YYYY-MM-DD。",
    "End date, inclusive of its whole period.": "截止日期，包含其整个时段。",
    "Only events of at least this importance (1-5).": "只保留重要性不低于此值的事件（1-5）。",
    "Picture size in logical pixels (default 1600x900).": "图片尺寸，单位为逻辑像素（默认 1600x900）。",
    "Pixel scale 1-4 for PNG (default 1).": "PNG 的像素倍率 1-4（默认 1）。",
    "light | dark.": "light | dark。", "en | zh.": "en | zh。",
    "Title above the picture.": "图片上方的标题。", "Subtitle under the title.": "标题下方的副标题。",
    "line | stacked | stacked-relative | price-step | growth.": "line | stacked | stacked-relative | price-step | growth。",
    "PDF page: A4 or Letter (default: the picture size).": "PDF 页面：A4 或 Letter（默认：图片尺寸）。",
    "Leave out the sources footer.": "不加来源脚注。",
    "A saved view (filters, range, series, theme, language).": "已保存的视图（筛选条件、范围、数据系列、主题、语言）。",
    "Override a detected column role when importing (repeatable).": "导入时覆盖自动识别的列角色（可重复）。",
    "Print one line per stage on stderr: timing: STAGE MILLISECONDS ms.": "在标准错误上为每个阶段输出一行：timing: 阶段 毫秒数 ms。",
    "Draw a today line at DATE (default: none, so output is reproducible).": "在 DATE 处画“今天”线（默认不画，使输出可复现）。",
    # Editing: validation, undo commands, document editor
    "The start date is missing or invalid.": "起始日期缺失或无效。",
    "There is no open document.": "当前没有打开的文档。",
    "“%1” no longer exists.": "“%1”已不存在。",
    "Cannot move the references of “%1” to “%2”.": "无法将对“%1”的引用移至“%2”。",
    "%n item(s)": "%n 项",
    "Add event “%1”": "添加事件“%1”", "Edit event “%1”": "编辑事件“%1”", "Delete event “%1”": "删除事件“%1”",
    "No event to delete.": "没有要删除的事件。", "The event “%1” no longer exists.": "事件“%1”已不存在。",
    "Delete %n event(s)": "删除 %n 个事件",
    "Add company “%1”": "添加公司“%1”", "Edit company “%1”": "编辑公司“%1”", "Delete company “%1”": "删除公司“%1”",
    "The company “%1” is still used by %2 (%3). Choose a company to move them to, or edit them first.":
        "公司“%1”仍被 %2（%3）使用。请选择要将它们移至的公司，或先编辑它们。",
    "Add category “%1”": "添加类别“%1”", "Edit category “%1”": "编辑类别“%1”", "Delete category “%1”": "删除类别“%1”",
    "The category “%1” is still used by %2 (%3). Choose a category to move them to, or edit them first.":
        "类别“%1”仍被 %2（%3）使用。请选择要将它们移至的类别，或先编辑它们。",
    "Add source “%1”": "添加来源“%1”", "Edit source “%1”": "编辑来源“%1”", "Delete source “%1”": "删除来源“%1”",
    "The source “%1” is still cited by %2 (%3). Choose a source to cite instead, or edit them first.":
        "来源“%1”仍被 %2（%3）引用。请选择改为引用的来源，或先编辑它们。",
    "There is nothing to replace the document with.": "没有可用来替换文档的内容。",
    "There is no document to save.": "没有可保存的文档。", "Could not save '%1': %2": "无法保存“%1”：%2",
    "The document has no file yet: use Save As.": "文档尚未关联文件：请使用“另存为”。",
    "Chronoscope dataset (*.json)": "Chronoscope 数据集 (*.json)", "Save failed": "保存失败",
    "The file on disk was not changed.": "磁盘上的文件未被更改。", "untitled.json": "未命名.json", "Save As": "另存为",
    "The document": "该文档", "“%1”": "“%1”", "Unsaved changes": "未保存的更改",
    "%1 has unsaved changes.": "%1 有未保存的更改。", "Save them before going on?": "是否先保存再继续？",
    "Cannot create the autosave folder '%1'.": "无法创建自动保存文件夹“%1”。",
    "Could not autosave to '%1': %2": "无法自动保存到“%1”：%2", "Cannot read the autosave '%1'.": "无法读取自动保存文件“%1”。",
    # Edit actions and recovery
    "&Undo": "撤销(&U)", "&Redo": "重做(&R)", "&Add Event…": "添加事件(&A)…", "Ctrl+Shift+N": "Ctrl+Shift+N",
    "&Edit Event…": "编辑事件(&E)…", "Ctrl+Return": "Ctrl+Return", "&Delete Event": "删除事件(&D)",
    "&Companies…": "公司(&C)…", "Ca&tegories…": "类别(&T)…", "&Sources…": "来源(&S)…", "&Save": "保存(&S)",
    "Save &As…": "另存为(&A)…", "Open &Recent": "最近打开(&R)", "&Clear Menu": "清空菜单(&C)",
    "Add Event": "添加事件", "Edit Event": "编辑事件", "Delete Event": "删除事件",
    "an untitled document": "未命名文档", "Recover unsaved changes?": "恢复未保存的更改？",
    "Chronoscope did not close normally. Unsaved changes to %1 were kept.": "Chronoscope 上次未正常关闭。对 %1 的未保存更改已保留。",
    "Autosaved %1.": "自动保存于 %1。", "&Recover": "恢复(&R)", "&Discard": "丢弃(&D)", "&Not Now": "暂不处理(&N)",
    "Recovery failed": "恢复失败",
    # Company, category, source and event dialogs
    "Add Company": "添加公司", "Edit Company": "编辑公司", "Add Category": "添加类别", "Edit Category": "编辑类别",
    "Add Source": "添加来源", "Edit Source": "编辑来源",
    "#rrggbb, or empty for an automatic colour": "#rrggbb，留空则自动配色", "Pick…": "选择…", "Pick a colour": "选择颜色",
    "&Id:": "标识(&I)：", "Name (&English):": "名称（英文）(&E)：", "Name (&Chinese):": "名称（中文）(&C)：", "C&olour:": "颜色(&O)：",
    "&Add…": "添加(&A)…", "&Edit…": "编辑(&E)…", "&Delete": "删除(&D)",
    "(none: drop the citations)": "（无：删除这些引用）", "(none: leave them without one)": "（无：让它们不再有所属项）",
    "“%1” is in use": "“%1”正在使用中", "%n item(s) refer to it. Move them to:": ["有 %n 项引用了它。将它们移至："],
    "empty for a single date": "单一日期时留空", "(no company)": "（无公司）", "(no category)": "（无类别）",
    "1 (minor) to 5 (key moment)": "1（次要）到 5（关键时刻）", "e.g. verified-primary": "例如 verified-primary",
    "comma-separated": "以逗号分隔", "one http(s) URL per line": "每行一个 http(s) URL",
    "&Start:": "开始(&S)：", "E&nd:": "结束(&N)：", "&Company:": "公司(&C)：", "C&ategory:": "类别(&A)：",
    "&Importance:": "重要性(&I)：", "Con&fidence:": "可信度(&F)：", "&Title (English):": "标题（英文）(&T)：",
    "Title (&Chinese):": "标题（中文）(&C)：", "&Description (English):": "描述（英文）(&D)：",
    "Description (Chi&nese):": "描述（中文）(&N)：", "Ta&gs:": "标签(&G)：", "&Links:": "链接(&L)：", "S&ources:": "来源(&O)：",
    " (unknown source)": "（未知来源）", "Start: %1": "开始：%1", "End: %1": "结束：%1", "%1 (unknown)": "%1（未知）",
    "YYYY, YYYY-MM or YYYY-MM-DD; empty when unknown": "YYYY、YYYY-MM 或 YYYY-MM-DD；未知时留空",
    "&Publisher:": "发布者(&P)：", "&Title:": "标题(&T)：", "&Date:": "日期(&D)：", "&URL:": "网址(&U)：", "Date: %1": "日期：%1",
    # Import dialog
    "Id": "标识", "Start date": "开始日期", "End date": "结束日期", "Company (lane)": "公司（泳道）",
    "Description": "描述", "URL": "网址", "Source": "来源", "Tags": "标签", "Year": "年", "Month": "月", "Day": "日",
    "Time": "时间", "End year": "结束年", "End month": "结束月", "End day": "结束日", "End time": "结束时间",
    "Value (series)": "数值（数据系列）", "Entity code": "实体代码", "Import %1": "导入 %1",
    "Choose which column holds what. The preview shows what the import makes of the file.":
        "请选择各列分别对应什么内容。预览显示按此导入文件的结果。",
    "(none)": "（无）", "Start": "开始", "End": "结束", "Import": "导入",
    "The column “%1” is chosen for %2.": "列“%1”被同时指定为 %2。",
    "Nothing could be imported with this mapping.": "按此对应关系无法导入任何内容。",
    "%1 events, %2 series.": "%1 个事件，%2 个数据系列。", "No data with this mapping.": "按此对应关系没有数据。",
    "%1 errors, %2 warnings.": "%1 个错误，%2 个警告。",
    "Preview of the first %1 of %2; the import reads the whole file.": "预览的是文件（共 %2）的前 %1；导入时会读取整个文件。",
    # Main window: view files, file changed on disk
    "Open &View…": "打开视图(&V)…", "Open view": "打开视图",
    "Chronoscope views (*.view.json *.json)": "Chronoscope 视图 (*.view.json *.json)",
    "Save &View…": "保存视图(&V)…", "Save view": "保存视图", "Chronoscope views (*.view.json)": "Chronoscope 视图 (*.view.json)",
    "File changed on disk": "磁盘上的文件已更改",
    "%1 was changed by another program. Reload it and lose your changes?": "%1 已被其他程序修改。是否重新加载并放弃您的更改？",
    "%1[*] — Chronoscope": "%1[*] — Chronoscope", "Could not save the view": "无法保存视图",
    "Saved view to %1": "视图已保存到 %1", "Could not open the view": "无法打开视图",
    # Command line: chart kinds
    "--chart-kind expects line, stacked, stacked-relative, step or growth": "--chart-kind 只能是 line、stacked、stacked-relative、step 或 growth",
    "line | stacked | stacked-relative | step | growth (default: step for prices, else line).":
        "line | stacked | stacked-relative | step | growth（默认：价格用 step，其余用 line）。",
    # Validation problems shown by the edit dialogs (core/data/validation.cpp)
    "The id \"%1\" is already used by another %2.": "ID“%1”已被另一个%2使用。",
    "Give a name in English or Chinese.": "请填写英文或中文名称。",
    "The colour \"%1\" is not of the form #rrggbb.": "颜色“%1”不是 #rrggbb 格式。",
    "The id is empty.": "ID 为空。", "The id starts or ends with a space.": "ID 的开头或结尾有空格。",
    "The id contains a control character.": "ID 含有控制字符。",
    "The date is empty (use YYYY, YYYY-MM or YYYY-MM-DD).": "日期为空（请使用 YYYY、YYYY-MM 或 YYYY-MM-DD）。",
    "\"%1\": %2 (at character %3)": "“%1”：%2（第 %3 个字符处）",
    ("chrono::Validation", "event"): "事件", ("chrono::Validation", "company"): "公司",
    ("chrono::Validation", "category"): "类别", ("chrono::Validation", "source"): "来源",
    "The end (%1) is before the start (%2).": "结束日期（%1）早于开始日期（%2）。",
    "Give a title in English or Chinese.": "请填写英文或中文标题。",
    "Unknown company \"%1\".": "未知公司“%1”。", "Unknown category \"%1\".": "未知类别“%1”。",
    "The importance must be between 1 and 5, not %1.": "重要性必须介于 1 到 5 之间，不能是 %1。",
    "Unknown source \"%1\".": "未知来源“%1”。", "The source \"%1\" is listed twice.": "来源“%1”被列出了两次。",
    "\"%1\" is not a well-formed http or https URL.": "“%1”不是格式正确的 http 或 https 网址。",
    "A tag is empty.": "有一个标签为空。", "Give a title or a publisher.": "请填写标题或发布者。",
    "event %1": "事件 %1", "series %1": "数据系列 %1", "claim %1": "说法 %1",
    # Import preview (core/io/importpreview.cpp)
    "%1: the file is empty": "%1：文件为空", "%1: no records with keys were found": "%1：没有找到带键的记录",
    "%1 is not a CSV or JSON-records file": "%1 不是 CSV 或 JSON 记录文件",
    "Cannot read '%1': %2": "无法读取“%1”：%2",
}

tree = ET.parse(TS)
missing = []
for context in tree.getroot().iter("context"):
    cname = context.find("name").text
    for m in context.iter("message"):
        source = m.find("source").text
        value = ZH.get((cname, source), ZH.get(source))
        t = m.find("translation")
        if value is None:
            if t.get("type") in ("unfinished", None) and not (t.text or list(t)):
                missing.append((cname, source))
            continue
        for child in list(t):
            t.remove(child)
        t.text = None
        if m.get("numerus") == "yes":
            forms = value if isinstance(value, list) else [value]
            t.text = "\n            "
            for f in forms:
                nf = ET.SubElement(t, "numerusform")
                nf.text = f
                nf.tail = "\n        "
        else:
            assert not isinstance(value, list), source
            t.text = value
        t.attrib.pop("type", None)

tree.write(TS, encoding="utf-8", xml_declaration=True)

# English: only messages with %n are in the file; one and other forms.
en = ET.parse(EN_TS)
for m in en.getroot().iter("message"):
    source = m.find("source").text
    t = m.find("translation")
    for child in list(t):
        t.remove(child)
    t.attrib.pop("type", None)
    t.text = "\n            "
    for form in (source.replace("(s)", ""), source.replace("(s)", "s")):
        nf = ET.SubElement(t, "numerusform")
        nf.text = form
        nf.tail = "\n        "
en.write(EN_TS, encoding="utf-8", xml_declaration=True)
for c, s in missing:
    print(f"untranslated: [{c}] {s!r}")
sys.exit(1 if missing else 0)
