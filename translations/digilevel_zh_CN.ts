<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BookOptionsDialog</name>
    <message>
        <location filename="../app/gui/questionnaire/bookoptionsdialog.cpp" line="17"/>
        <source>Export questionnaire workbook</source>
        <translation>导出问卷工作簿</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/bookoptionsdialog.cpp" line="17"/>
        <source>Print questionnaire form</source>
        <translation>打印问卷表格</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/bookoptionsdialog.cpp" line="21"/>
        <source>Chinese (中文)</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/bookoptionsdialog.cpp" line="22"/>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/bookoptionsdialog.cpp" line="24"/>
        <source>The enterprise&apos;s answers</source>
        <translation>企业自评答案</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/bookoptionsdialog.cpp" line="25"/>
        <source>The verified answers</source>
        <translation>现场核验答案</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/bookoptionsdialog.cpp" line="29"/>
        <source>Fill in the answers given so far</source>
        <translation>填入已有的答案</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/bookoptionsdialog.cpp" line="30"/>
        <source>Tick and write in the answers given so far</source>
        <translation>勾选并填入已有的答案</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/bookoptionsdialog.cpp" line="36"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/bookoptionsdialog.cpp" line="38"/>
        <source>&amp;Answers:</source>
        <translation>答案(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/bookoptionsdialog.cpp" line="40"/>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/bookoptionsdialog.cpp" line="40"/>
        <source>&amp;Save PDF…</source>
        <translation>保存 PDF(&amp;S)…</translation>
    </message>
</context>
<context>
    <name>BundleTransfer</name>
    <message>
        <location filename="../app/gui/home/bundletransfer.cpp" line="47"/>
        <source>not imported: cancelled</source>
        <translation>未导入：已取消</translation>
    </message>
    <message>
        <location filename="../app/gui/home/bundletransfer.cpp" line="62"/>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <location filename="../app/gui/home/bundletransfer.cpp" line="63"/>
        <source>Importing %1 of %2: %3…</source>
        <translation>正在导入第 %1 个（共 %2 个）：%3…</translation>
    </message>
    <message>
        <location filename="../app/gui/home/bundletransfer.cpp" line="66"/>
        <source>Reading and checking %1…</source>
        <translation>正在读取并检查 %1…</translation>
    </message>
    <message>
        <location filename="../app/gui/home/bundletransfer.cpp" line="67"/>
        <source>Reading and checking %1 of %2: %3…</source>
        <translation>正在读取并检查第 %1 个（共 %2 个）：%3…</translation>
    </message>
    <message>
        <location filename="../app/gui/home/bundletransfer.cpp" line="86"/>
        <source>refused: %1</source>
        <translation>已拒绝：%1</translation>
    </message>
    <message>
        <location filename="../app/gui/home/bundletransfer.cpp" line="99"/>
        <source>Import cancelled; nothing was imported.</source>
        <translation>已取消导入，未导入任何内容。</translation>
    </message>
    <message>
        <location filename="../app/gui/home/bundletransfer.cpp" line="101"/>
        <source>The bundle could not be imported.</source>
        <translation>无法导入数据包。</translation>
    </message>
    <message>
        <location filename="../app/gui/home/bundletransfer.cpp" line="102"/>
        <source>Import failed; nothing was imported.</source>
        <translation>导入失败，未导入任何内容。</translation>
    </message>
    <message>
        <location filename="../app/gui/home/bundletransfer.cpp" line="109"/>
        <source>Imported %1: %2 enterprises and %3 assessments added, %4 conflicts.</source>
        <translation>已导入 %1：新增 %2 家企业、%3 次评测，%4 处冲突。</translation>
    </message>
    <message>
        <location filename="../app/gui/home/bundletransfer.cpp" line="123"/>
        <location filename="../app/gui/home/bundletransfer.cpp" line="145"/>
        <source>Exporting to %1…</source>
        <translation>正在导出到 %1…</translation>
    </message>
    <message>
        <location filename="../app/gui/home/bundletransfer.cpp" line="129"/>
        <location filename="../app/gui/home/bundletransfer.cpp" line="153"/>
        <source>Export cancelled; no file was written.</source>
        <translation>已取消导出，未写入文件。</translation>
    </message>
    <message>
        <location filename="../app/gui/home/bundletransfer.cpp" line="130"/>
        <source>The bundle could not be written.</source>
        <translation>无法写入数据包。</translation>
    </message>
    <message>
        <location filename="../app/gui/home/bundletransfer.cpp" line="131"/>
        <location filename="../app/gui/home/bundletransfer.cpp" line="156"/>
        <source>Export failed.</source>
        <translation>导出失败。</translation>
    </message>
    <message>
        <location filename="../app/gui/home/bundletransfer.cpp" line="133"/>
        <source>Exported to %1.</source>
        <translation>已导出到 %1。</translation>
    </message>
    <message>
        <location filename="../app/gui/home/bundletransfer.cpp" line="155"/>
        <source>The CSV file could not be written.</source>
        <translation>无法写入 CSV 文件。</translation>
    </message>
    <message>
        <location filename="../app/gui/home/bundletransfer.cpp" line="158"/>
        <source>%1 rows written to %2.</source>
        <translation>已将 %1 行写入 %2。</translation>
    </message>
    <message>
        <location filename="../app/gui/home/bundletransfer.cpp" line="164"/>
        <source>DigiLevel bundles (*.dlb);;All files (*)</source>
        <translation>DigiLevel 数据包 (*.dlb);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../app/gui/home/bundletransfer.cpp" line="164"/>
        <source>Import bundles</source>
        <translation>导入数据包</translation>
    </message>
    <message>
        <location filename="../app/gui/home/bundletransfer.cpp" line="185"/>
        <source>Imported %1 of %2 bundles: %3 enterprises and %4 assessments added, %5 conflicts.</source>
        <translation>已导入 %1 个数据包（共 %2 个）：新增 %3 家企业、%4 次评测，%5 处冲突。</translation>
    </message>
    <message>
        <location filename="../app/gui/home/bundletransfer.cpp" line="199"/>
        <source>There is nothing to export yet.</source>
        <translation>尚无可导出的内容。</translation>
    </message>
    <message>
        <location filename="../app/gui/home/bundletransfer.cpp" line="204"/>
        <location filename="../app/gui/home/bundletransfer.cpp" line="223"/>
        <source>Export bundle</source>
        <translation>导出数据包</translation>
    </message>
    <message>
        <location filename="../app/gui/home/bundletransfer.cpp" line="205"/>
        <source>Export the %1 selected enterprises or all %2?</source>
        <translation>导出选中的 %1 家企业，还是全部 %2 家？</translation>
    </message>
    <message>
        <location filename="../app/gui/home/bundletransfer.cpp" line="209"/>
        <source>&amp;Selected</source>
        <translation>选中的企业(&amp;S)</translation>
    </message>
    <message>
        <location filename="../app/gui/home/bundletransfer.cpp" line="210"/>
        <source>&amp;All</source>
        <translation>全部(&amp;A)</translation>
    </message>
    <message>
        <location filename="../app/gui/home/bundletransfer.cpp" line="224"/>
        <source>DigiLevel bundles (*.dlb)</source>
        <translation>DigiLevel 数据包 (*.dlb)</translation>
    </message>
    <message>
        <location filename="../app/gui/home/bundletransfer.cpp" line="243"/>
        <source>The selected enterprises have no assessment to export.</source>
        <translation>选中的企业没有可导出的评测。</translation>
    </message>
    <message>
        <location filename="../app/gui/home/bundletransfer.cpp" line="246"/>
        <source>Export answers</source>
        <translation>导出答案</translation>
    </message>
    <message>
        <location filename="../app/gui/home/bundletransfer.cpp" line="246"/>
        <source>Export assessments</source>
        <translation>导出评测</translation>
    </message>
    <message>
        <location filename="../app/gui/home/bundletransfer.cpp" line="247"/>
        <source>answers.csv</source>
        <translation>答案.csv</translation>
    </message>
    <message>
        <location filename="../app/gui/home/bundletransfer.cpp" line="247"/>
        <source>assessments.csv</source>
        <translation>评测.csv</translation>
    </message>
    <message>
        <location filename="../app/gui/home/bundletransfer.cpp" line="248"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
</context>
<context>
    <name>ChartsModule</name>
    <message>
        <location filename="../app/gui/results/chartsloader.cpp" line="64"/>
        <source>The charts module %1 cannot be loaded: %2</source>
        <translation>无法加载图表模块 %1：%2</translation>
    </message>
    <message>
        <location filename="../app/gui/results/chartsloader.cpp" line="72"/>
        <source>The charts module %1 belongs to another version of DigiLevel; reinstall DigiLevel.</source>
        <translation>图表模块 %1 属于另一版本的 DigiLevel，请重新安装 DigiLevel。</translation>
    </message>
    <message>
        <location filename="../app/gui/results/chartsloader.cpp" line="84"/>
        <source>The charts module is missing; DigiLevel looked for %1. Reinstall DigiLevel to see the charts.</source>
        <translation>缺少图表模块：DigiLevel 查找过 %1。请重新安装 DigiLevel 以显示图表。</translation>
    </message>
    <message>
        <location filename="../app/gui/results/chartsloader.cpp" line="86"/>
        <source> and </source>
        <translation> 和 </translation>
    </message>
</context>
<context>
    <name>ChoiceEditor</name>
    <message>
        <location filename="../app/gui/questionnaire/answereditor.cpp" line="88"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/answereditor.cpp" line="89"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/answereditor.cpp" line="101"/>
        <source>Enterprise</source>
        <translation>企业填报</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/answereditor.cpp" line="102"/>
        <source>Verified</source>
        <translation>核验结果</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/answereditor.cpp" line="128"/>
        <source>%1 points</source>
        <translation>%1 分</translation>
    </message>
</context>
<context>
    <name>ComparisonModel</name>
    <message>
        <location filename="../app/gui/results/comparisonmodel.cpp" line="18"/>
        <source>meaning changed — not comparable</source>
        <translation>口径变化，不可比</translation>
    </message>
    <message>
        <location filename="../app/gui/results/comparisonmodel.cpp" line="21"/>
        <source>Item</source>
        <translation>评分项</translation>
    </message>
    <message>
        <location filename="../app/gui/results/comparisonmodel.cpp" line="34"/>
        <source>★ Scenario</source>
        <translation>★ 场景</translation>
    </message>
    <message>
        <location filename="../app/gui/results/comparisonmodel.cpp" line="34"/>
        <source>Scenario</source>
        <translation>场景</translation>
    </message>
    <message>
        <location filename="../app/gui/results/comparisonmodel.cpp" line="35"/>
        <location filename="../app/gui/results/comparisonmodel.cpp" line="36"/>
        <source>level %1</source>
        <translation>%1 级</translation>
    </message>
    <message>
        <location filename="../app/gui/results/comparisonmodel.cpp" line="86"/>
        <source>This item asks something else in the newer model version, so the two answers cannot be compared and the difference is not counted as progress.</source>
        <translation>该指标在新版本中的口径已变化，两次答案不可比较，差异不计为进步或退步。</translation>
    </message>
    <message>
        <location filename="../app/gui/results/comparisonmodel.cpp" line="127"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../app/gui/results/comparisonmodel.cpp" line="129"/>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../app/gui/results/comparisonmodel.cpp" line="131"/>
        <source>Before</source>
        <translation>之前</translation>
    </message>
    <message>
        <location filename="../app/gui/results/comparisonmodel.cpp" line="133"/>
        <source>After</source>
        <translation>之后</translation>
    </message>
    <message>
        <location filename="../app/gui/results/comparisonmodel.cpp" line="135"/>
        <source>Change</source>
        <translation>变化</translation>
    </message>
</context>
<context>
    <name>ConfirmationBox</name>
    <message>
        <location filename="../app/gui/questionnaire/confirmationbox.cpp" line="13"/>
        <source>Con&amp;firm</source>
        <translation>确认(&amp;F)</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/confirmationbox.cpp" line="20"/>
        <source>Keep the value as it is: it has been checked against this version&apos;s question</source>
        <translation>保留原值：已按本版本的问题核对过</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/confirmationbox.cpp" line="48"/>
        <source>Needs confirmation</source>
        <translation>需确认</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../app/gui/conflictsdialog.cpp" line="19"/>
        <source>on-site verified</source>
        <translation>现场核验</translation>
    </message>
    <message>
        <location filename="../app/gui/conflictsdialog.cpp" line="20"/>
        <source>enterprise&apos;s answer</source>
        <translation>企业自评</translation>
    </message>
    <message>
        <location filename="../app/gui/conflictsdialog.cpp" line="29"/>
        <source>Keep &amp;local value</source>
        <translation>保留本机值(&amp;L)</translation>
    </message>
    <message>
        <location filename="../app/gui/conflictsdialog.cpp" line="30"/>
        <source>Take &amp;incoming value</source>
        <translation>采用导入值(&amp;I)</translation>
    </message>
    <message>
        <location filename="../app/gui/conflictsdialog.cpp" line="32"/>
        <source>Merge conflicts</source>
        <translation>合并冲突</translation>
    </message>
    <message>
        <location filename="../app/gui/conflictsdialog.cpp" line="33"/>
        <source>These answers were changed differently on two machines. The local value stays until you choose; the choice is saved at once.</source>
        <translation>以下答案在两台电脑上被改成了不同的值。在您选择之前本机值继续有效；您的选择会立即保存。</translation>
    </message>
    <message>
        <location filename="../app/gui/conflictsdialog.cpp" line="39"/>
        <source>Enterprise</source>
        <translation>企业填报</translation>
    </message>
    <message>
        <location filename="../app/gui/conflictsdialog.cpp" line="39"/>
        <source>Question</source>
        <translation>题目</translation>
    </message>
    <message>
        <location filename="../app/gui/conflictsdialog.cpp" line="39"/>
        <source>Layer</source>
        <translation>答案层</translation>
    </message>
    <message>
        <location filename="../app/gui/conflictsdialog.cpp" line="40"/>
        <source>Local value</source>
        <translation>本机值</translation>
    </message>
    <message>
        <location filename="../app/gui/conflictsdialog.cpp" line="40"/>
        <source>Changed locally</source>
        <translation>本机修改</translation>
    </message>
    <message>
        <location filename="../app/gui/conflictsdialog.cpp" line="41"/>
        <source>Incoming value</source>
        <translation>导入值</translation>
    </message>
    <message>
        <location filename="../app/gui/conflictsdialog.cpp" line="41"/>
        <source>Changed there</source>
        <translation>对方修改</translation>
    </message>
    <message>
        <location filename="../app/gui/conflictsdialog.cpp" line="69"/>
        <source>The conflicts cannot be read.</source>
        <translation>无法读取合并冲突。</translation>
    </message>
    <message>
        <location filename="../app/gui/conflictsdialog.cpp" line="80"/>
        <location filename="../app/gui/conflictsdialog.cpp" line="82"/>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <location filename="../app/gui/conflictsdialog.cpp" line="100"/>
        <source>The conflict could not be resolved.</source>
        <translation>无法处理该冲突。</translation>
    </message>
</context>
<context>
    <name>EnterpriseDialog</name>
    <message>
        <location filename="../app/gui/home/enterprisedialog.cpp" line="88"/>
        <source>Enterprise profile</source>
        <translation>企业档案</translation>
    </message>
    <message>
        <location filename="../app/gui/home/enterprisedialog.cpp" line="88"/>
        <source>New enterprise</source>
        <translation>新建企业</translation>
    </message>
    <message>
        <location filename="../app/gui/home/enterprisedialog.cpp" line="115"/>
        <source>18 characters, e.g. 91330106MA2CF3K8X6</source>
        <translation>18 位，例如 91330106MA2CF3K8X6</translation>
    </message>
    <message>
        <location filename="../app/gui/home/enterprisedialog.cpp" line="119"/>
        <source>GB/T 4754 code, e.g. C34</source>
        <translation>GB/T 4754 代码，例如 C34</translation>
    </message>
    <message>
        <location filename="../app/gui/home/enterprisedialog.cpp" line="123"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../app/gui/home/enterprisedialog.cpp" line="124"/>
        <source>Choose from the GB/T 4754-2017 table (F4)</source>
        <translation>从 GB/T 4754-2017 行业分类中选择（F4）</translation>
    </message>
    <message>
        <location filename="../app/gui/home/enterprisedialog.cpp" line="143"/>
        <source>Above designated size (规上企业)</source>
        <translation>规模以上企业（规上）</translation>
    </message>
    <message>
        <location filename="../app/gui/home/enterprisedialog.cpp" line="157"/>
        <source>Pilot enterprise of the digital transformation programme (试点企业)</source>
        <translation>数字化转型试点企业</translation>
    </message>
    <message>
        <location filename="../app/gui/home/enterprisedialog.cpp" line="160"/>
        <source>e.g. 2025年第一批</source>
        <translation>例如“2025年第一批”</translation>
    </message>
    <message>
        <location filename="../app/gui/home/enterprisedialog.cpp" line="167"/>
        <source>Basic information</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <location filename="../app/gui/home/enterprisedialog.cpp" line="169"/>
        <source>&amp;Name:</source>
        <translation>企业名称(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../app/gui/home/enterprisedialog.cpp" line="170"/>
        <source>&amp;Credit code:</source>
        <translation>统一社会信用代码(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../app/gui/home/enterprisedialog.cpp" line="174"/>
        <source>&amp;Industry:</source>
        <translation>所属行业(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../app/gui/home/enterprisedialog.cpp" line="176"/>
        <source>City:</source>
        <translation>城市：</translation>
    </message>
    <message>
        <location filename="../app/gui/home/enterprisedialog.cpp" line="178"/>
        <source>&amp;Province:</source>
        <translation>省份(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../app/gui/home/enterprisedialog.cpp" line="180"/>
        <source>Size</source>
        <translation>企业规模</translation>
    </message>
    <message>
        <location filename="../app/gui/home/enterprisedialog.cpp" line="182"/>
        <source>&amp;Employees:</source>
        <translation>从业人员(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../app/gui/home/enterprisedialog.cpp" line="183"/>
        <source>&amp;Revenue (10k CNY):</source>
        <translation>营业收入（万元）(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../app/gui/home/enterprisedialog.cpp" line="184"/>
        <source>&amp;Assets (10k CNY):</source>
        <translation>资产总额（万元）(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../app/gui/home/enterprisedialog.cpp" line="185"/>
        <source>Size class:</source>
        <translation>规模类型：</translation>
    </message>
    <message>
        <location filename="../app/gui/home/enterprisedialog.cpp" line="187"/>
        <source>&amp;SRDI status:</source>
        <translation>专精特新(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../app/gui/home/enterprisedialog.cpp" line="189"/>
        <source>Pilot &amp;batch:</source>
        <translation>试点批次(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../app/gui/home/enterprisedialog.cpp" line="191"/>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../app/gui/home/enterprisedialog.cpp" line="193"/>
        <source>C&amp;ontact person:</source>
        <translation>联系人(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../app/gui/home/enterprisedialog.cpp" line="194"/>
        <source>P&amp;hone:</source>
        <translation>电话(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../app/gui/home/enterprisedialog.cpp" line="195"/>
        <source>E&amp;mail:</source>
        <translation>电子邮箱(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../app/gui/home/enterprisedialog.cpp" line="199"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../app/gui/home/enterprisedialog.cpp" line="285"/>
        <source>The enterprise&apos;s registered name is required.</source>
        <translation>请填写企业的登记名称。</translation>
    </message>
    <message>
        <location filename="../app/gui/home/enterprisedialog.cpp" line="306"/>
        <source>%1 of %2 characters</source>
        <translation>已输入 %1 位，共 %2 位</translation>
    </message>
    <message>
        <location filename="../app/gui/home/enterprisedialog.cpp" line="312"/>
        <source>Check character correct.</source>
        <translation>校验码正确。</translation>
    </message>
    <message>
        <location filename="../app/gui/home/enterprisedialog.cpp" line="318"/>
        <source>Needed for the size class and the industry additions.</source>
        <translation>用于划分企业规模和匹配行业补充指标。</translation>
    </message>
    <message>
        <location filename="../app/gui/home/enterprisedialog.cpp" line="322"/>
        <source>Not a GB/T 4754-2017 section or division; expected e.g. C or C34.</source>
        <translation>不是 GB/T 4754-2017 的门类或大类，应为 C 或 C34 这样的代码。</translation>
    </message>
    <message>
        <location filename="../app/gui/home/enterprisedialog.cpp" line="332"/>
        <source>Amounts are numbers of 10k CNY, e.g. 1250.5.</source>
        <translation>金额以万元为单位填写数字，例如 1250.5。</translation>
    </message>
    <message>
        <location filename="../app/gui/home/enterprisedialog.cpp" line="344"/>
        <source>Derived from the industry and the figures above.</source>
        <translation>根据所属行业和上面的数字自动划分。</translation>
    </message>
    <message>
        <location filename="../app/gui/home/enterprisedialog.cpp" line="358"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2</translation>
    </message>
    <message>
        <location filename="../app/gui/home/enterprisedialog.cpp" line="404"/>
        <source>Already registered to %1 (id %2).</source>
        <translation>已登记给“%1”（编号 %2）。</translation>
    </message>
    <message>
        <location filename="../app/gui/home/enterprisedialog.cpp" line="411"/>
        <source>The enterprise could not be saved.</source>
        <translation>无法保存企业档案。</translation>
    </message>
</context>
<context>
    <name>EnterpriseListPanel</name>
    <message>
        <location filename="../app/gui/home/enterpriselistpanel.cpp" line="44"/>
        <source>Search name, credit code, industry or region (Ctrl+F)</source>
        <translation>搜索企业名称、统一社会信用代码、行业或地区（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../app/gui/home/enterpriselistpanel.cpp" line="59"/>
        <source>All levels</source>
        <translation>全部等级</translation>
    </message>
    <message>
        <location filename="../app/gui/home/enterpriselistpanel.cpp" line="60"/>
        <source>Not scored</source>
        <translation>未评分</translation>
    </message>
    <message>
        <location filename="../app/gui/home/enterpriselistpanel.cpp" line="77"/>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../app/gui/home/enterpriselistpanel.cpp" line="78"/>
        <source>No assessment</source>
        <translation>未评测</translation>
    </message>
    <message>
        <location filename="../app/gui/home/enterpriselistpanel.cpp" line="96"/>
        <source>Show all</source>
        <translation>显示全部</translation>
    </message>
    <message>
        <location filename="../app/gui/home/enterpriselistpanel.cpp" line="97"/>
        <source>Show every enterprise again</source>
        <translation>重新显示全部企业</translation>
    </message>
    <message>
        <location filename="../app/gui/home/enterpriselistpanel.cpp" line="231"/>
        <source>%1 of %2 enterprises</source>
        <translation>显示 %1 家企业，共 %2 家</translation>
    </message>
    <message>
        <location filename="../app/gui/home/enterpriselistpanel.cpp" line="234"/>
        <source>%1 · %2 selected</source>
        <translation>%1 · 已选 %2 家</translation>
    </message>
    <message>
        <location filename="../app/gui/home/enterpriselistpanel.cpp" line="249"/>
        <source>Loading %1 enterprises…</source>
        <translation>正在读取 %1 家企业…</translation>
    </message>
</context>
<context>
    <name>EnterpriseTableModel</name>
    <message>
        <location filename="../app/gui/home/enterprisetablemodel.cpp" line="363"/>
        <location filename="../app/gui/home/enterprisetablemodel.cpp" line="445"/>
        <source>Pilot</source>
        <translation>试点</translation>
    </message>
    <message>
        <location filename="../app/gui/home/enterprisetablemodel.cpp" line="369"/>
        <source>Not scored</source>
        <translation>未评分</translation>
    </message>
    <message>
        <location filename="../app/gui/home/enterprisetablemodel.cpp" line="371"/>
        <source>%1 (not official)</source>
        <translation>%1（非官方）</translation>
    </message>
    <message>
        <location filename="../app/gui/home/enterprisetablemodel.cpp" line="401"/>
        <source>From the verified answers (on-site verification)</source>
        <translation>依据现场核验后的答案</translation>
    </message>
    <message>
        <location filename="../app/gui/home/enterprisetablemodel.cpp" line="402"/>
        <source>From the enterprise&apos;s own answers (self-assessment)</source>
        <translation>依据企业自评答案</translation>
    </message>
    <message>
        <location filename="../app/gui/home/enterprisetablemodel.cpp" line="404"/>
        <source>%1 of %2 questions answered</source>
        <translation>已作答 %1 题，共 %2 题</translation>
    </message>
    <message>
        <location filename="../app/gui/home/enterprisetablemodel.cpp" line="433"/>
        <source>Enterprise name</source>
        <translation>企业名称</translation>
    </message>
    <message>
        <location filename="../app/gui/home/enterprisetablemodel.cpp" line="435"/>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../app/gui/home/enterprisetablemodel.cpp" line="437"/>
        <source>Industry</source>
        <translation>所属行业</translation>
    </message>
    <message>
        <location filename="../app/gui/home/enterprisetablemodel.cpp" line="439"/>
        <source>Region</source>
        <translation>所在地区</translation>
    </message>
    <message>
        <location filename="../app/gui/home/enterprisetablemodel.cpp" line="441"/>
        <source>Size</source>
        <translation>企业规模</translation>
    </message>
    <message>
        <location filename="../app/gui/home/enterprisetablemodel.cpp" line="443"/>
        <source>SRDI</source>
        <translation>专精特新</translation>
    </message>
    <message>
        <location filename="../app/gui/home/enterprisetablemodel.cpp" line="447"/>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../app/gui/home/enterprisetablemodel.cpp" line="449"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../app/gui/home/enterprisetablemodel.cpp" line="451"/>
        <source>Phase</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../app/gui/home/enterprisetablemodel.cpp" line="453"/>
        <source>Base score</source>
        <translation>基础分</translation>
    </message>
    <message>
        <location filename="../app/gui/home/enterprisetablemodel.cpp" line="455"/>
        <source>Answered</source>
        <translation>已作答</translation>
    </message>
    <message>
        <location filename="../app/gui/home/enterprisetablemodel.cpp" line="457"/>
        <source>Last change</source>
        <translation>最近修改</translation>
    </message>
</context>
<context>
    <name>EvidenceCopy</name>
    <message>
        <location filename="../app/gui/questionnaire/evidencecopy.cpp" line="175"/>
        <source>Could not make a folder for the file in %1.</source>
        <translation>无法在 %1 中为该文件建立文件夹。</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/evidencecopy.cpp" line="182"/>
        <location filename="../app/gui/questionnaire/evidencecopy.cpp" line="189"/>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <location filename="../app/gui/questionnaire/evidencepanel.cpp" line="47"/>
        <source>No files attached yet.</source>
        <translation>尚未附加文件。</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/evidencepanel.cpp" line="49"/>
        <source>&amp;Attach file…</source>
        <translation>附加文件(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/evidencepanel.cpp" line="50"/>
        <source>Op&amp;en</source>
        <translation>打开(&amp;E)</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/evidencepanel.cpp" line="51"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/evidencepanel.cpp" line="61"/>
        <source>The model lists no evidence for this question.</source>
        <translation>评测模型未列出本题需核验的材料。</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/evidencepanel.cpp" line="81"/>
        <source>Help</source>
        <translation>填写说明</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/evidencepanel.cpp" line="86"/>
        <source>Evidence to check</source>
        <translation>需核验的材料</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/evidencepanel.cpp" line="88"/>
        <source>Attached files</source>
        <translation>已附加的文件</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/evidencepanel.cpp" line="165"/>
        <source>Could not store the tick</source>
        <translation>无法保存勾选状态</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/evidencepanel.cpp" line="176"/>
        <source>Assessor&apos;s &amp;note</source>
        <translation>核验备注(&amp;N)</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/evidencepanel.cpp" line="176"/>
        <source>&amp;Note</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/evidencepanel.cpp" line="177"/>
        <source>What you saw on site, and why the answer differs…</source>
        <translation>现场看到的情况，以及与企业填报不同的原因…</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/evidencepanel.cpp" line="178"/>
        <source>Anything the assessor should know about this answer…</source>
        <translation>需要向评估人员说明的情况…</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/evidencepanel.cpp" line="199"/>
        <source>Enterprise&apos;s note: %1</source>
        <translation>企业备注：%1</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/evidencepanel.cpp" line="217"/>
        <source>A constrained scenario (约束性): levels count it among the constrained scenarios they require.</source>
        <translation>约束性场景：定级时计入各等级要求的约束性场景数。</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/evidencepanel.cpp" line="219"/>
        <source>A guiding scenario (指导性).</source>
        <translation>指导性场景。</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/evidencepanel.cpp" line="220"/>
        <source>Choose the highest level whose description fully matches what the enterprise does today; levels build on each other.</source>
        <translation>请选择与企业当前做法完全相符的最高等级；各等级逐级递进。</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/evidencepanel.cpp" line="226"/>
        <source>To reach %1:</source>
        <translation>达到%1的做法：</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/evidencepanel.cpp" line="245"/>
        <source>How to score higher:</source>
        <translation>如何提高得分：</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/evidencepanel.cpp" line="261"/>
        <source>%1
SHA-256 %2
Added %3 by %4</source>
        <translation>%1
SHA-256 %2
由 %4 于 %3 添加</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/evidencepanel.cpp" line="271"/>
        <location filename="../app/gui/questionnaire/evidencepanel.cpp" line="282"/>
        <location filename="../app/gui/questionnaire/evidencepanel.cpp" line="289"/>
        <source>Attach evidence</source>
        <translation>附加佐证材料</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/evidencepanel.cpp" line="283"/>
        <source>%1 is larger than 200 MB. Attach a smaller file, or describe where it is kept in the note.</source>
        <translation>%1 超过 200 MB。请附加较小的文件，或在备注中说明材料存放位置。</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/evidencepanel.cpp" line="290"/>
        <source>Could not read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/evidencepanel.cpp" line="299"/>
        <source>Could not attach the file</source>
        <translation>无法附加文件</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/evidencepanel.cpp" line="314"/>
        <source>Could not open the file</source>
        <translation>无法打开文件</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/evidencepanel.cpp" line="327"/>
        <location filename="../app/gui/questionnaire/evidencepanel.cpp" line="344"/>
        <source>Open evidence</source>
        <translation>打开佐证材料</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/evidencepanel.cpp" line="345"/>
        <source>%1 may be a program or a script, so DigiLevel does not open it. Its folder is shown instead; check the file before you open it yourself.</source>
        <translation>%1 可能是程序或脚本，DigiLevel 不会直接打开它，改为显示它所在的文件夹；请先检查该文件，再自行决定是否打开。</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/evidencepanel.cpp" line="367"/>
        <source>Could not store the note</source>
        <translation>无法保存备注</translation>
    </message>
</context>
<context>
    <name>FigureEditor</name>
    <message>
        <location filename="../app/gui/questionnaire/figureeditor.cpp" line="55"/>
        <source>Enterprise</source>
        <translation>企业填报</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/figureeditor.cpp" line="56"/>
        <source>Verified</source>
        <translation>核验结果</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/figureeditor.cpp" line="79"/>
        <source>not verified</source>
        <translation>未核验</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/figureeditor.cpp" line="79"/>
        <source>not entered</source>
        <translation>未填写</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/figureeditor.cpp" line="115"/>
        <source>Or choose the change directly (higher is better):</source>
        <translation>或直接选择变化情况（越高越好）：</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/figureeditor.cpp" line="116"/>
        <source>Or choose the change directly (lower is better):</source>
        <translation>或直接选择变化情况（越低越好）：</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/figureeditor.cpp" line="122"/>
        <source>Worse</source>
        <translation>变差</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/figureeditor.cpp" line="122"/>
        <source>Same</source>
        <translation>持平</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/figureeditor.cpp" line="122"/>
        <source>Better</source>
        <translation>改善</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/figureeditor.cpp" line="161"/>
        <source>%1 points</source>
        <translation>%1 分</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/figureeditor.cpp" line="179"/>
        <source>Not a number: type digits with at most one decimal point, such as 120 or 97.5 (up to 6 decimals).</source>
        <translation>不是有效数字：请输入数字，最多一个小数点，如 120 或 97.5（最多 6 位小数）。</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/figureeditor.cpp" line="185"/>
        <source>Enter a whole number, 0 or more.</source>
        <translation>请输入不小于 0 的整数。</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/figureeditor.cpp" line="188"/>
        <source>Enter an amount of 0 or more.</source>
        <translation>请输入不小于 0 的数值。</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/figureeditor.cpp" line="191"/>
        <source>Enter a percentage from 0 to 100.</source>
        <translation>请输入 0 到 100 之间的百分数。</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/figureeditor.cpp" line="194"/>
        <source>Enter a number.</source>
        <translation>请输入数字。</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/figureeditor.cpp" line="278"/>
        <source>Enter both years&apos; figures, or choose the change directly below.</source>
        <translation>请填写两个年度的数据，或在下方直接选择变化情况。</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/figureeditor.cpp" line="281"/>
        <source>rose</source>
        <translation>上升</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/figureeditor.cpp" line="281"/>
        <source>fell</source>
        <translation>下降</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/figureeditor.cpp" line="281"/>
        <source>unchanged</source>
        <translation>不变</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/figureeditor.cpp" line="282"/>
        <source>worse</source>
        <translation>变差</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/figureeditor.cpp" line="282"/>
        <source>same</source>
        <translation>持平</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/figureeditor.cpp" line="282"/>
        <source>better</source>
        <translation>改善</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/figureeditor.cpp" line="283"/>
        <source>From the figures: %1, which counts as %2 — %3</source>
        <translation>按填报数据：%1，判定为%2 — %3</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/figureeditor.cpp" line="288"/>
        <source>Enter both figures to work out the share.</source>
        <translation>填写两项数据后自动计算比例。</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/figureeditor.cpp" line="289"/>
        <source>Enter the figure to find its band.</source>
        <translation>填写数据后自动判断所在档位。</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/figureeditor.cpp" line="293"/>
        <source>%1 (%2) cannot be more than %3 (%4): the part cannot exceed the whole.</source>
        <translation>%1（%2）不能大于%3（%4）：部分不能超过总数。</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/figureeditor.cpp" line="298"/>
        <source>%1 is outside the range this item accepts, %2.</source>
        <translation>%1 超出本题允许的范围 %2。</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/figureeditor.cpp" line="306"/>
        <source>Share: %1 % — band %2 — %3</source>
        <translation>比例：%1% — 档位 %2 — %3</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/figureeditor.cpp" line="307"/>
        <source>Value: %1 — band %2 — %3</source>
        <translation>数值：%1 — 档位 %2 — %3</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/figureeditor.cpp" line="324"/>
        <source>Bands: %1</source>
        <translation>分档：%1</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../app/gui/results/historymodel.cpp" line="98"/>
        <source>not scored</source>
        <translation>未评分</translation>
    </message>
    <message>
        <location filename="../app/gui/results/historymodel.cpp" line="108"/>
        <source>%1 (version %2)</source>
        <translation>%1（%2 版）</translation>
    </message>
    <message>
        <location filename="../app/gui/results/historymodel.cpp" line="128"/>
        <source>%1, upgraded from the assessment of %2</source>
        <translation>%1，升级自 %2 的评测</translation>
    </message>
    <message>
        <location filename="../app/gui/results/historymodel.cpp" line="145"/>
        <source>%1 (upgraded)</source>
        <translation>%1（已升级）</translation>
    </message>
    <message>
        <location filename="../app/gui/results/historymodel.cpp" line="161"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../app/gui/results/historymodel.cpp" line="174"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../app/gui/results/historymodel.cpp" line="176"/>
        <source>Model version</source>
        <translation>模型版本</translation>
    </message>
    <message>
        <location filename="../app/gui/results/historymodel.cpp" line="178"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../app/gui/results/historymodel.cpp" line="180"/>
        <source>Phase</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../app/gui/results/historymodel.cpp" line="182"/>
        <source>Mode</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../app/gui/results/historymodel.cpp" line="184"/>
        <source>Assessor</source>
        <translation>评测人员</translation>
    </message>
    <message>
        <location filename="../app/gui/results/historymodel.cpp" line="186"/>
        <source>Answers</source>
        <translation>答案</translation>
    </message>
    <message>
        <location filename="../app/gui/results/historymodel.cpp" line="188"/>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../app/gui/results/historymodel.cpp" line="190"/>
        <source>Base score</source>
        <translation>基础分</translation>
    </message>
    <message>
        <location filename="../app/gui/results/historymodel.cpp" line="192"/>
        <source>Answered</source>
        <translation>已作答</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <location filename="../app/gui/results/historypage.cpp" line="58"/>
        <source>No enterprise is open.</source>
        <translation>尚未打开企业。</translation>
    </message>
    <message>
        <location filename="../app/gui/results/historypage.cpp" line="65"/>
        <source>&amp;Back to the enterprise list</source>
        <translation>返回企业列表(&amp;B)</translation>
    </message>
    <message>
        <location filename="../app/gui/results/historypage.cpp" line="85"/>
        <source>Select one assessment to compare it with the one before, or two to compare them. Double-click to open the results.</source>
        <translation>选择一次评测，与其上一次评测比较；或选择两次评测相互比较。双击打开评测结果。</translation>
    </message>
    <message>
        <location filename="../app/gui/results/historypage.cpp" line="90"/>
        <source>&amp;Open results</source>
        <translation>打开评测结果(&amp;O)</translation>
    </message>
    <message>
        <location filename="../app/gui/results/historypage.cpp" line="97"/>
        <source>P&amp;hase:</source>
        <translation>阶段(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../app/gui/results/historypage.cpp" line="105"/>
        <source>改造前 (before the transformation), 改造后 (after it) or 复评 (follow-up) of the selected assessment</source>
        <translation>所选评测的阶段：改造前、改造后或复评</translation>
    </message>
    <message>
        <location filename="../app/gui/results/historypage.cpp" line="144"/>
        <source>Comparison</source>
        <translation>对比</translation>
    </message>
    <message>
        <location filename="../app/gui/results/historypage.cpp" line="151"/>
        <source>Answers compared:</source>
        <translation>对比的答案：</translation>
    </message>
    <message>
        <location filename="../app/gui/results/historypage.cpp" line="156"/>
        <source>The verified view uses the assessor&apos;s answers where there are any and the enterprise&apos;s own answers elsewhere.</source>
        <translation>核验视图：已核验的指标采用评测人员的答案，其余采用企业自评答案。</translation>
    </message>
    <message>
        <location filename="../app/gui/results/historypage.cpp" line="163"/>
        <source>Level:</source>
        <translation>等级：</translation>
    </message>
    <message>
        <location filename="../app/gui/results/historypage.cpp" line="168"/>
        <source>Base score:</source>
        <translation>基础分：</translation>
    </message>
    <message>
        <location filename="../app/gui/results/historypage.cpp" line="238"/>
        <source>The assessments could not be read.</source>
        <translation>无法读取评测记录。</translation>
    </message>
    <message>
        <location filename="../app/gui/results/historypage.cpp" line="253"/>
        <source>Enterprise not found</source>
        <translation>未找到该企业</translation>
    </message>
    <message>
        <location filename="../app/gui/results/historypage.cpp" line="263"/>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../app/gui/results/historypage.cpp" line="264"/>
        <source>Industry</source>
        <translation>所属行业</translation>
    </message>
    <message>
        <location filename="../app/gui/results/historypage.cpp" line="265"/>
        <source>Region</source>
        <translation>所在地区</translation>
    </message>
    <message>
        <location filename="../app/gui/results/historypage.cpp" line="266"/>
        <source>Size</source>
        <translation>企业规模</translation>
    </message>
    <message>
        <location filename="../app/gui/results/historypage.cpp" line="267"/>
        <source>, above designated size (规上)</source>
        <translation>，规模以上</translation>
    </message>
    <message>
        <location filename="../app/gui/results/historypage.cpp" line="268"/>
        <source>Employees</source>
        <translation>从业人员</translation>
    </message>
    <message>
        <location filename="../app/gui/results/historypage.cpp" line="269"/>
        <source>Revenue (10k CNY)</source>
        <translation>营业收入（万元）</translation>
    </message>
    <message>
        <location filename="../app/gui/results/historypage.cpp" line="270"/>
        <source>Specialised SME (专精特新)</source>
        <translation>专精特新</translation>
    </message>
    <message>
        <location filename="../app/gui/results/historypage.cpp" line="271"/>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../app/gui/results/historypage.cpp" line="287"/>
        <source>Base score over time</source>
        <translation>基础分变化趋势</translation>
    </message>
    <message>
        <location filename="../app/gui/results/historypage.cpp" line="330"/>
        <source>The phase could not be changed</source>
        <translation>无法修改阶段</translation>
    </message>
    <message>
        <location filename="../app/gui/results/historypage.cpp" line="359"/>
        <source>This is the first assessment; there is nothing before it.</source>
        <translation>这是第一次评测，没有更早的评测可供比较。</translation>
    </message>
    <message>
        <location filename="../app/gui/results/historypage.cpp" line="360"/>
        <source>Select two assessments to compare them.</source>
        <translation>请选择两次评测进行比较。</translation>
    </message>
    <message>
        <location filename="../app/gui/results/historypage.cpp" line="368"/>
        <source>The assessments could not be loaded:
%1</source>
        <translation>无法加载评测：
%1</translation>
    </message>
    <message>
        <location filename="../app/gui/results/historypage.cpp" line="378"/>
        <source>From %1 (%2) to %3 (%4)</source>
        <translation>从 %1（%2 版）到 %3（%4 版）</translation>
    </message>
    <message>
        <location filename="../app/gui/results/historypage.cpp" line="382"/>
        <source>The two assessments use different model versions; items are compared by id.</source>
        <translation>两次评测使用的模型版本不同，仅比较编号相同的指标。</translation>
    </message>
    <message>
        <location filename="../app/gui/results/historypage.cpp" line="393"/>
        <location filename="../app/gui/results/historypage.cpp" line="402"/>
        <source>%1 → %2 (%3)</source>
        <translation>%1 → %2（%3）</translation>
    </message>
    <message>
        <location filename="../app/gui/results/historypage.cpp" line="410"/>
        <source>comparable items: %1 → %2 (%3)</source>
        <translation>口径相同的指标：%1 → %2（%3）</translation>
    </message>
    <message>
        <location filename="../app/gui/results/historypage.cpp" line="414"/>
        <source>%1 improved, %2 worsened</source>
        <translation>提升 %1 项，下降 %2 项</translation>
    </message>
    <message>
        <location filename="../app/gui/results/historypage.cpp" line="420"/>
        <source>Meaning changed between the versions, not comparable and not counted: %1</source>
        <translation>两个版本之间口径变化、不可比且不计入的指标：%1</translation>
    </message>
    <message>
        <location filename="../app/gui/results/historypage.cpp" line="421"/>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>HomeLabels</name>
    <message>
        <location filename="../app/gui/home/homelabels.cpp" line="25"/>
        <source>No assessment</source>
        <translation>未评测</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../app/gui/home/homepage.cpp" line="112"/>
        <source>&amp;New enterprise…</source>
        <translation>新建企业(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../app/gui/home/homepage.cpp" line="114"/>
        <source>&amp;Edit profile…</source>
        <translation>编辑档案(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../app/gui/home/homepage.cpp" line="116"/>
        <source>New &amp;assessment…</source>
        <translation>新建评测(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../app/gui/home/homepage.cpp" line="117"/>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <location filename="../app/gui/home/homepage.cpp" line="118"/>
        <source>&amp;Continue questionnaire</source>
        <translation>继续答题(&amp;C)</translation>
    </message>
    <message>
        <location filename="../app/gui/home/homepage.cpp" line="120"/>
        <source>Open the latest assessment (Enter or double click)</source>
        <translation>打开最近一次评测（回车或双击）</translation>
    </message>
    <message>
        <location filename="../app/gui/home/homepage.cpp" line="121"/>
        <source>&amp;Verify on site</source>
        <translation>现场核验(&amp;V)</translation>
    </message>
    <message>
        <location filename="../app/gui/home/homepage.cpp" line="122"/>
        <source>Ctrl+Shift+V</source>
        <translation>Ctrl+Shift+V</translation>
    </message>
    <message>
        <location filename="../app/gui/home/homepage.cpp" line="123"/>
        <source>&amp;Results</source>
        <translation>评测结果(&amp;R)</translation>
    </message>
    <message>
        <location filename="../app/gui/home/homepage.cpp" line="123"/>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <location filename="../app/gui/home/homepage.cpp" line="125"/>
        <source>&amp;History</source>
        <translation>历史记录(&amp;H)</translation>
    </message>
    <message>
        <location filename="../app/gui/home/homepage.cpp" line="125"/>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <location filename="../app/gui/home/homepage.cpp" line="127"/>
        <source>&amp;Upgrade to the new model version…</source>
        <translation>升级到新版本指标(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../app/gui/home/homepage.cpp" line="129"/>
        <source>Carry the latest assessment&apos;s answers over to a new assessment on the model version this program brings; the old one stays as it is</source>
        <translation>把最近一次评测的答案沿用到按本程序所带指标版本新建的评测中；原评测保持不变</translation>
    </message>
    <message>
        <location filename="../app/gui/home/homepage.cpp" line="131"/>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../app/gui/home/homepage.cpp" line="132"/>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../app/gui/home/homepage.cpp" line="133"/>
        <source>New enterprise (Ctrl+N)</source>
        <translation>新建企业（Ctrl+N）</translation>
    </message>
    <message>
        <location filename="../app/gui/home/homepage.cpp" line="134"/>
        <source>Import a bundle from another computer (Ctrl+I)</source>
        <translation>导入其他电脑导出的数据包（Ctrl+I）</translation>
    </message>
    <message>
        <location filename="../app/gui/home/homepage.cpp" line="135"/>
        <source>Export the selected enterprises as a bundle (Ctrl+E)</source>
        <translation>将选中的企业导出为数据包（Ctrl+E）</translation>
    </message>
    <message>
        <location filename="../app/gui/home/homepage.cpp" line="137"/>
        <source>Bundle for another computer (.dlb)…</source>
        <translation>数据包，供其他电脑导入 (.dlb)…</translation>
    </message>
    <message>
        <location filename="../app/gui/home/homepage.cpp" line="138"/>
        <source>Assessments as CSV…</source>
        <translation>评测结果 CSV…</translation>
    </message>
    <message>
        <location filename="../app/gui/home/homepage.cpp" line="139"/>
        <source>Answers as CSV…</source>
        <translation>答案明细 CSV…</translation>
    </message>
    <message>
        <location filename="../app/gui/home/homepage.cpp" line="140"/>
        <source>PDF reports…</source>
        <translation>PDF 评测报告…</translation>
    </message>
    <message>
        <location filename="../app/gui/home/homepage.cpp" line="179"/>
        <source>The enterprise list could not be read: %1</source>
        <translation>无法读取企业列表：%1</translation>
    </message>
    <message>
        <location filename="../app/gui/home/homepage.cpp" line="228"/>
        <source>The enterprise could not be read.</source>
        <translation>无法读取企业档案。</translation>
    </message>
    <message>
        <location filename="../app/gui/home/homepage.cpp" line="283"/>
        <source>Upgraded to the new model version; answers to check are marked “Needs confirmation” in the questionnaire.</source>
        <translation>已升级到新版本指标；需要核对的答案在问卷中标为“需确认”。</translation>
    </message>
    <message>
        <location filename="../app/gui/home/homepage.cpp" line="292"/>
        <source>The example enterprise could not be added.</source>
        <translation>无法添加示例企业。</translation>
    </message>
</context>
<context>
    <name>ImportChangesModel</name>
    <message>
        <location filename="../app/gui/questionnaire/importpreviewmodel.cpp" line="68"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/importpreviewmodel.cpp" line="81"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/importpreviewmodel.cpp" line="114"/>
        <source>Question</source>
        <translation>题目</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/importpreviewmodel.cpp" line="116"/>
        <source>Now</source>
        <translation>现有答案</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/importpreviewmodel.cpp" line="118"/>
        <source>From the workbook</source>
        <translation>工作簿中的答案</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/importpreviewmodel.cpp" line="120"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../app/gui/questionnaire/importpreviewdialog.cpp" line="43"/>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/importpreviewdialog.cpp" line="45"/>
        <source>Import questionnaire workbook</source>
        <translation>导入问卷工作簿</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/importpreviewdialog.cpp" line="54"/>
        <source>Workbook: %1</source>
        <translation>工作簿：%1</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/importpreviewdialog.cpp" line="67"/>
        <source>Tick &amp;all</source>
        <translation>全部勾选(&amp;A)</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/importpreviewdialog.cpp" line="68"/>
        <source>Untick a&amp;ll</source>
        <translation>全部取消(&amp;L)</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/importpreviewdialog.cpp" line="79"/>
        <source>Problems in the workbook:</source>
        <translation>工作簿中的问题：</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/importpreviewdialog.cpp" line="115"/>
        <source>Problems in the workbook: %1. Nothing is imported while any remain: correct the workbook and import it again.</source>
        <translation>工作簿中有 %1 个问题。只要还有问题就不会导入任何内容：请修改工作簿后重新导入。</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/importpreviewdialog.cpp" line="119"/>
        <source>The workbook changes no answers.</source>
        <translation>该工作簿没有改动任何答案。</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/importpreviewdialog.cpp" line="121"/>
        <source>Changes ticked: %1 of %2. Untick those that are not to be taken over; nothing is stored before you choose Import.</source>
        <translation>已勾选 %2 项改动中的 %1 项。不想采用的请取消勾选；选择“导入”之前不会保存任何内容。</translation>
    </message>
</context>
<context>
    <name>ImportProblemsModel</name>
    <message>
        <location filename="../app/gui/questionnaire/importpreviewmodel.cpp" line="183"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/importpreviewmodel.cpp" line="185"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/importpreviewmodel.cpp" line="187"/>
        <source>Question</source>
        <translation>题目</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/importpreviewmodel.cpp" line="189"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <location filename="../app/gui/home/importreportdialog.cpp" line="66"/>
        <source>Import report</source>
        <translation>导入报告</translation>
    </message>
    <message>
        <location filename="../app/gui/home/importreportdialog.cpp" line="46"/>
        <source>&lt;b&gt;Imported %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;已导入 %1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/home/importreportdialog.cpp" line="58"/>
        <source>&lt;b&gt;Imported %1 of %2 bundles&lt;/b&gt;</source>
        <translation>&lt;b&gt;已导入 %1 个数据包（共 %2 个）&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/home/importreportdialog.cpp" line="72"/>
        <source>Bundle</source>
        <translation>数据包</translation>
    </message>
    <message>
        <location filename="../app/gui/home/importreportdialog.cpp" line="72"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../app/gui/home/importreportdialog.cpp" line="85"/>
        <source>Together:</source>
        <translation>合计：</translation>
    </message>
    <message>
        <location filename="../app/gui/home/importreportdialog.cpp" line="95"/>
        <source>These answers were changed differently here and on the other computer. Nothing was overwritten: the local answer stays in force and both values are kept until the conflict is resolved (File ▸ Resolve merge conflicts).</source>
        <translation>以下答案在本机和另一台电脑上被改成了不同的值。没有覆盖任何内容：本机答案继续有效，两个值都会保留，直到冲突得到处理（文件 ▸ 处理合并冲突）。</translation>
    </message>
    <message>
        <location filename="../app/gui/home/importreportdialog.cpp" line="104"/>
        <source>Enterprise name</source>
        <translation>企业名称</translation>
    </message>
    <message>
        <location filename="../app/gui/home/importreportdialog.cpp" line="104"/>
        <source>Question</source>
        <translation>题目</translation>
    </message>
    <message>
        <location filename="../app/gui/home/importreportdialog.cpp" line="104"/>
        <source>Layer</source>
        <translation>答案层</translation>
    </message>
    <message>
        <location filename="../app/gui/home/importreportdialog.cpp" line="104"/>
        <source>Here</source>
        <translation>本机</translation>
    </message>
    <message>
        <location filename="../app/gui/home/importreportdialog.cpp" line="104"/>
        <source>Incoming</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../app/gui/home/importreportdialog.cpp" line="111"/>
        <location filename="../app/gui/home/importreportdialog.cpp" line="114"/>
        <source>%1
%2, %3</source>
        <translation>%1
%2，%3</translation>
    </message>
    <message>
        <location filename="../app/gui/home/importreportdialog.cpp" line="118"/>
        <source>On-site verified</source>
        <translation>现场核验</translation>
    </message>
    <message>
        <location filename="../app/gui/home/importreportdialog.cpp" line="119"/>
        <source>Self-assessed</source>
        <translation>企业自评</translation>
    </message>
    <message>
        <location filename="../app/gui/home/importreportdialog.cpp" line="159"/>
        <source>%1 enterprises and %2 assessments added, %3 conflicts</source>
        <translation>新增 %1 家企业、%2 次评测，%3 处冲突</translation>
    </message>
    <message>
        <location filename="../app/gui/home/importreportdialog.cpp" line="168"/>
        <source>Enterprises: %1 added, %2 already here (%3 of them updated).</source>
        <translation>企业：新增 %1 家，已有 %2 家（其中 %3 家已更新）。</translation>
    </message>
    <message>
        <location filename="../app/gui/home/importreportdialog.cpp" line="172"/>
        <source>Assessments: %1 added, %2 already here.</source>
        <translation>评测：新增 %1 次，已有 %2 次。</translation>
    </message>
    <message>
        <location filename="../app/gui/home/importreportdialog.cpp" line="175"/>
        <source>Answers: %1 added, %2 updated, %3 unchanged.</source>
        <translation>答案：新增 %1 条，更新 %2 条，未变 %3 条。</translation>
    </message>
    <message>
        <location filename="../app/gui/home/importreportdialog.cpp" line="179"/>
        <source>Evidence files: %1 added.</source>
        <translation>证明材料：新增 %1 个文件。</translation>
    </message>
    <message>
        <location filename="../app/gui/home/importreportdialog.cpp" line="180"/>
        <source>No conflicts.</source>
        <translation>没有冲突。</translation>
    </message>
    <message>
        <location filename="../app/gui/home/importreportdialog.cpp" line="181"/>
        <source>Conflicts: %1.</source>
        <translation>冲突：%1 处。</translation>
    </message>
    <message>
        <location filename="../app/gui/home/importreportdialog.cpp" line="195"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../app/gui/home/importreportdialog.cpp" line="201"/>
        <source>(no answer)</source>
        <translation>（未作答）</translation>
    </message>
    <message>
        <location filename="../app/gui/home/importreportdialog.cpp" line="204"/>
        <source>rated %1</source>
        <translation>评为 %1 级</translation>
    </message>
    <message>
        <location filename="../app/gui/home/importreportdialog.cpp" line="219"/>
        <source>; </source>
        <translation>；</translation>
    </message>
</context>
<context>
    <name>IndustryPickerDialog</name>
    <message>
        <location filename="../app/gui/home/industrypickerdialog.cpp" line="43"/>
        <source>Choose the industry</source>
        <translation>选择所属行业</translation>
    </message>
    <message>
        <location filename="../app/gui/home/industrypickerdialog.cpp" line="45"/>
        <source>Code or name, e.g. 34 or 机械 or machinery</source>
        <translation>代码或名称，例如 34、机械</translation>
    </message>
    <message>
        <location filename="../app/gui/home/industrypickerdialog.cpp" line="49"/>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../app/gui/home/industrypickerdialog.cpp" line="49"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../app/gui/home/industrypickerdialog.cpp" line="89"/>
        <source>GB/T 4754-2017: sections (门类) with their divisions (大类). Choose the division where you can.</source>
        <translation>GB/T 4754-2017 国民经济行业分类：门类及其下的大类。请尽量选到大类。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="32"/>
        <source>DigiLevel — SME digital level self-assessment</source>
        <translation>DigiLevel — 中小企业数字化水平自评诊断</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="116"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="117"/>
        <source>&amp;New enterprise…</source>
        <translation>新建企业(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="119"/>
        <source>&amp;Import bundle…</source>
        <translation>导入数据包(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="119"/>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="121"/>
        <source>&amp;Export bundle…</source>
        <translation>导出数据包(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="121"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="123"/>
        <source>&amp;PDF reports…</source>
        <translation>PDF 评测报告(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="124"/>
        <source>Resolve merge &amp;conflicts…</source>
        <translation>处理合并冲突(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="129"/>
        <source>S&amp;ynchronise with the team server</source>
        <translation>与团队服务器同步(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="129"/>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="133"/>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="135"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="137"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="138"/>
        <source>&amp;Enterprises</source>
        <translation>企业列表(&amp;E)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="138"/>
        <source>Alt+1</source>
        <translation>Alt+1</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="140"/>
        <source>&amp;Questionnaire</source>
        <translation>问卷(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="140"/>
        <source>Alt+2</source>
        <translation>Alt+2</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="142"/>
        <source>&amp;Results</source>
        <translation>评测结果(&amp;R)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="142"/>
        <source>Alt+3</source>
        <translation>Alt+3</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="144"/>
        <source>&amp;History</source>
        <translation>历史记录(&amp;H)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="144"/>
        <source>Alt+4</source>
        <translation>Alt+4</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="146"/>
        <source>Assessment &amp;model</source>
        <translation>评测指标体系(&amp;M)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="146"/>
        <source>Alt+5</source>
        <translation>Alt+5</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="148"/>
        <source>&amp;Portfolio</source>
        <translation>看板(&amp;P)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="148"/>
        <source>Alt+6</source>
        <translation>Alt+6</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="150"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="151"/>
        <source>&amp;About DigiLevel</source>
        <translation>关于 DigiLevel(&amp;A)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="177"/>
        <source>About DigiLevel</source>
        <translation>关于 DigiLevel</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="178"/>
        <source>&lt;b&gt;DigiLevel&lt;/b&gt; %1&lt;br&gt;Scores an SME&apos;s digital level under the MIIT scheme (2024 edition), explains why, and shows the cheapest way up.&lt;br&gt;Licensed under the GNU GPL, version 3 or later.&lt;p&gt;%2&lt;/p&gt;</source>
        <translation>&lt;b&gt;DigiLevel&lt;/b&gt; %1&lt;br&gt;依据工业和信息化部《中小企业数字化水平评测指标（2024年版）》评定企业数字化水平等级，说明原因，并给出最省力的提升路径。&lt;br&gt;按 GNU GPL 第 3 版或更新版本授权。&lt;p&gt;%2&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ModelDetails</name>
    <message>
        <location filename="../app/gui/modeldetails.cpp" line="22"/>
        <source>Evidence to show on site</source>
        <translation>现场核验需提供的材料</translation>
    </message>
    <message>
        <location filename="../app/gui/modeldetails.cpp" line="35"/>
        <source>How it scores (%1 points)</source>
        <translation>评分方式（满分 %1 分）</translation>
    </message>
    <message>
        <location filename="../app/gui/modeldetails.cpp" line="52"/>
        <source>Worse</source>
        <translation>变差</translation>
    </message>
    <message>
        <location filename="../app/gui/modeldetails.cpp" line="53"/>
        <source>Same</source>
        <translation>持平</translation>
    </message>
    <message>
        <location filename="../app/gui/modeldetails.cpp" line="54"/>
        <source>Better</source>
        <translation>改善</translation>
    </message>
    <message>
        <location filename="../app/gui/modeldetails.cpp" line="57"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../app/gui/modeldetails.cpp" line="58"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../app/gui/modeldetails.cpp" line="63"/>
        <source>Figures entered:</source>
        <translation>需填报的数据：</translation>
    </message>
    <message>
        <location filename="../app/gui/modeldetails.cpp" line="71"/>
        <source>How to improve</source>
        <translation>提升建议</translation>
    </message>
    <message>
        <location filename="../app/gui/modeldetails.cpp" line="79"/>
        <source>Constrained scenario (约束性)</source>
        <translation>约束性场景</translation>
    </message>
    <message>
        <location filename="../app/gui/modeldetails.cpp" line="80"/>
        <source>Guiding scenario (指导性)</source>
        <translation>指导性场景</translation>
    </message>
    <message>
        <location filename="../app/gui/modeldetails.cpp" line="85"/>
        <source>Level %1</source>
        <translation>%1 级</translation>
    </message>
</context>
<context>
    <name>ModelTreeModel</name>
    <message>
        <location filename="../app/gui/modeltreemodel.cpp" line="134"/>
        <source>Constrained</source>
        <translation>约束性</translation>
    </message>
    <message>
        <location filename="../app/gui/modeltreemodel.cpp" line="134"/>
        <source>Guiding</source>
        <translation>指导性</translation>
    </message>
    <message>
        <location filename="../app/gui/modeltreemodel.cpp" line="146"/>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../app/gui/modeltreemodel.cpp" line="146"/>
        <source>Points / type</source>
        <translation>分值 / 类型</translation>
    </message>
</context>
<context>
    <name>NewAssessmentDialog</name>
    <message>
        <location filename="../app/gui/home/newassessmentdialog.cpp" line="31"/>
        <source>New assessment</source>
        <translation>新建评测</translation>
    </message>
    <message>
        <location filename="../app/gui/home/newassessmentdialog.cpp" line="50"/>
        <source>%1 (version %2)</source>
        <translation>%1（%2 版）</translation>
    </message>
    <message>
        <location filename="../app/gui/home/newassessmentdialog.cpp" line="58"/>
        <source>No DigiLevel industry addition applies to this industry.</source>
        <translation>该行业没有适用的 DigiLevel 行业补充指标。</translation>
    </message>
    <message>
        <location filename="../app/gui/home/newassessmentdialog.cpp" line="59"/>
        <source>DigiLevel additions for this industry, scored beside the official result and never part of the level: %1</source>
        <translation>适用于该行业的 DigiLevel 补充指标（单独计分，不影响官方等级）：%1</translation>
    </message>
    <message>
        <location filename="../app/gui/home/newassessmentdialog.cpp" line="61"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../app/gui/home/newassessmentdialog.cpp" line="87"/>
        <source>&amp;Self-assessment by the enterprise</source>
        <translation>企业自评(&amp;S)</translation>
    </message>
    <message>
        <location filename="../app/gui/home/newassessmentdialog.cpp" line="89"/>
        <source>On-site &amp;verification of an existing self-assessment:</source>
        <translation>对已有自评进行现场核验(&amp;V)：</translation>
    </message>
    <message>
        <location filename="../app/gui/home/newassessmentdialog.cpp" line="90"/>
        <source>&amp;On-site assessment by an assessor</source>
        <translation>评测人员现场评测(&amp;O)</translation>
    </message>
    <message>
        <location filename="../app/gui/home/newassessmentdialog.cpp" line="107"/>
        <source>%1 · %2 · %3 · %4 %5</source>
        <translation>%1 · %2 · %3 · %4 %5</translation>
    </message>
    <message>
        <location filename="../app/gui/home/newassessmentdialog.cpp" line="109"/>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <location filename="../app/gui/home/newassessmentdialog.cpp" line="138"/>
        <source>Model:</source>
        <translation>评测模型：</translation>
    </message>
    <message>
        <location filename="../app/gui/home/newassessmentdialog.cpp" line="140"/>
        <source>&amp;Assessor:</source>
        <translation>评测人员(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../app/gui/home/newassessmentdialog.cpp" line="141"/>
        <source>O&amp;rganisation:</source>
        <translation>所在机构(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../app/gui/home/newassessmentdialog.cpp" line="142"/>
        <source>&amp;Phase:</source>
        <translation>阶段(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../app/gui/home/newassessmentdialog.cpp" line="159"/>
        <source>Open for verification</source>
        <translation>打开进行核验</translation>
    </message>
    <message>
        <location filename="../app/gui/home/newassessmentdialog.cpp" line="159"/>
        <source>Create and open</source>
        <translation>创建并打开</translation>
    </message>
    <message>
        <location filename="../app/gui/home/newassessmentdialog.cpp" line="179"/>
        <source>The assessment could not be created.</source>
        <translation>无法创建评测。</translation>
    </message>
</context>
<context>
    <name>PeerBenchmarkPanel</name>
    <message>
        <location filename="../app/gui/results/peerbenchmarkpanel.cpp" line="55"/>
        <source>segment %1</source>
        <translation>细分行业 %1</translation>
    </message>
    <message>
        <location filename="../app/gui/results/peerbenchmarkpanel.cpp" line="59"/>
        <source>industry %1</source>
        <translation>行业 %1</translation>
    </message>
    <message>
        <location filename="../app/gui/results/peerbenchmarkpanel.cpp" line="63"/>
        <source>&lt;b&gt;Peer benchmark:&lt;/b&gt; the base score is above %1% of the peer group (%2, %3 peers in this database; no peer is named).</source>
        <translation>&lt;b&gt;同行对标：&lt;/b&gt;基础得分高于同组 %1% 的企业（%2，本数据库中共 %3 家同行；不显示同行名称）。</translation>
    </message>
    <message>
        <location filename="../app/gui/results/peerbenchmarkpanel.cpp" line="72"/>
        <source>%1: above %2%</source>
        <translation>%1：高于 %2%</translation>
    </message>
</context>
<context>
    <name>PlanLocksPanel</name>
    <message>
        <location filename="../app/gui/results/planlockspanel.cpp" line="17"/>
        <source>Tick what the enterprise will not change: the ways to the next level then leave it as it is.</source>
        <translation>勾选企业不打算改变的评分项和场景：升级路径将不再改变它们。</translation>
    </message>
    <message>
        <location filename="../app/gui/results/planlockspanel.cpp" line="70"/>
        <source>Not in our plans</source>
        <translation>不在计划内</translation>
    </message>
    <message>
        <location filename="../app/gui/results/planlockspanel.cpp" line="72"/>
        <source>The ways to the next level never change “%1”.</source>
        <translation>升级路径不会改变“%1”。</translation>
    </message>
    <message>
        <location filename="../app/gui/results/planlockspanel.cpp" line="83"/>
        <source>Items</source>
        <translation>评分项</translation>
    </message>
    <message>
        <location filename="../app/gui/results/planlockspanel.cpp" line="84"/>
        <source>Scenarios</source>
        <translation>场景</translation>
    </message>
</context>
<context>
    <name>PortfolioCharts</name>
    <message>
        <location filename="../app/gui/portfolio/portfoliocharts.cpp" line="40"/>
        <source>Enterprises at this level</source>
        <translation>该等级企业</translation>
    </message>
    <message>
        <location filename="../app/gui/portfolio/portfoliocharts.cpp" line="41"/>
        <source>At other levels</source>
        <translation>其他等级</translation>
    </message>
    <message>
        <location filename="../app/gui/portfolio/portfoliocharts.cpp" line="64"/>
        <source>Filtered</source>
        <translation>筛选结果</translation>
    </message>
    <message>
        <location filename="../app/gui/portfolio/portfoliocharts.cpp" line="66"/>
        <source>All enterprises</source>
        <translation>全部企业</translation>
    </message>
</context>
<context>
    <name>PortfolioFilterBar</name>
    <message>
        <location filename="../app/gui/portfolio/portfoliofilterbar.cpp" line="55"/>
        <source>Province:</source>
        <translation>省份：</translation>
    </message>
    <message>
        <location filename="../app/gui/portfolio/portfoliofilterbar.cpp" line="57"/>
        <source>City:</source>
        <translation>城市：</translation>
    </message>
    <message>
        <location filename="../app/gui/portfolio/portfoliofilterbar.cpp" line="60"/>
        <source>C or C30</source>
        <translation>如 C 或 C30</translation>
    </message>
    <message>
        <location filename="../app/gui/portfolio/portfoliofilterbar.cpp" line="63"/>
        <source>Industry:</source>
        <translation>行业：</translation>
    </message>
    <message>
        <location filename="../app/gui/portfolio/portfoliofilterbar.cpp" line="65"/>
        <source>Segment:</source>
        <translation>细分行业：</translation>
    </message>
    <message>
        <location filename="../app/gui/portfolio/portfoliofilterbar.cpp" line="67"/>
        <location filename="../app/gui/portfolio/portfoliofilterbar.cpp" line="73"/>
        <location filename="../app/gui/portfolio/portfoliofilterbar.cpp" line="79"/>
        <location filename="../app/gui/portfolio/portfoliofilterbar.cpp" line="90"/>
        <location filename="../app/gui/portfolio/portfoliofilterbar.cpp" line="131"/>
        <source>Any</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../app/gui/portfolio/portfoliofilterbar.cpp" line="71"/>
        <source>Size:</source>
        <translation>规模：</translation>
    </message>
    <message>
        <location filename="../app/gui/portfolio/portfoliofilterbar.cpp" line="77"/>
        <source>专精特新:</source>
        <translation>专精特新：</translation>
    </message>
    <message>
        <location filename="../app/gui/portfolio/portfoliofilterbar.cpp" line="80"/>
        <source>Pilot</source>
        <translation>试点</translation>
    </message>
    <message>
        <location filename="../app/gui/portfolio/portfoliofilterbar.cpp" line="81"/>
        <source>Not pilot</source>
        <translation>非试点</translation>
    </message>
    <message>
        <location filename="../app/gui/portfolio/portfoliofilterbar.cpp" line="82"/>
        <source>Pilot:</source>
        <translation>试点：</translation>
    </message>
    <message>
        <location filename="../app/gui/portfolio/portfoliofilterbar.cpp" line="85"/>
        <source>Batch:</source>
        <translation>批次：</translation>
    </message>
    <message>
        <location filename="../app/gui/portfolio/portfoliofilterbar.cpp" line="88"/>
        <source>Organisation:</source>
        <translation>评估机构：</translation>
    </message>
    <message>
        <location filename="../app/gui/portfolio/portfoliofilterbar.cpp" line="94"/>
        <source>Phase:</source>
        <translation>阶段：</translation>
    </message>
    <message>
        <location filename="../app/gui/portfolio/portfoliofilterbar.cpp" line="100"/>
        <source>any date</source>
        <translation>不限日期</translation>
    </message>
    <message>
        <location filename="../app/gui/portfolio/portfoliofilterbar.cpp" line="105"/>
        <source>From:</source>
        <translation>起：</translation>
    </message>
    <message>
        <location filename="../app/gui/portfolio/portfoliofilterbar.cpp" line="106"/>
        <source>To:</source>
        <translation>止：</translation>
    </message>
    <message>
        <location filename="../app/gui/portfolio/portfoliofilterbar.cpp" line="108"/>
        <source>No grouping</source>
        <translation>不分组</translation>
    </message>
    <message>
        <location filename="../app/gui/portfolio/portfoliofilterbar.cpp" line="114"/>
        <source>Group by:</source>
        <translation>分组：</translation>
    </message>
    <message>
        <location filename="../app/gui/portfolio/portfoliofilterbar.cpp" line="115"/>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
</context>
<context>
    <name>PortfolioGroupModel</name>
    <message>
        <location filename="../app/gui/portfolio/portfoliogroupmodel.cpp" line="63"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../app/gui/portfolio/portfoliogroupmodel.cpp" line="86"/>
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <location filename="../app/gui/portfolio/portfoliogroupmodel.cpp" line="88"/>
        <source>Enterprises</source>
        <translation>企业数</translation>
    </message>
    <message>
        <location filename="../app/gui/portfolio/portfoliogroupmodel.cpp" line="90"/>
        <source>Assessed</source>
        <translation>已评测</translation>
    </message>
    <message>
        <location filename="../app/gui/portfolio/portfoliogroupmodel.cpp" line="92"/>
        <source>二级 or higher</source>
        <translation>二级及以上</translation>
    </message>
    <message>
        <location filename="../app/gui/portfolio/portfoliogroupmodel.cpp" line="94"/>
        <source>Share at 二级+</source>
        <translation>二级及以上占比</translation>
    </message>
    <message>
        <location filename="../app/gui/portfolio/portfoliogroupmodel.cpp" line="96"/>
        <source>Mean base score</source>
        <translation>平均基础得分</translation>
    </message>
    <message>
        <location filename="../app/gui/portfolio/portfoliogroupmodel.cpp" line="98"/>
        <source>Median base score</source>
        <translation>基础得分中位数</translation>
    </message>
</context>
<context>
    <name>PortfolioPage</name>
    <message>
        <location filename="../app/gui/portfolio/portfoliopage.cpp" line="51"/>
        <source>&lt;h2&gt;Portfolio&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;看板&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/portfolio/portfoliopage.cpp" line="52"/>
        <source>Se&amp;gments…</source>
        <translation>细分行业(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../app/gui/portfolio/portfoliopage.cpp" line="54"/>
        <source>Define the segments (细分行业) the portfolio filters and groups by</source>
        <translation>定义看板用于筛选和分组的细分行业</translation>
    </message>
    <message>
        <location filename="../app/gui/portfolio/portfoliopage.cpp" line="76"/>
        <source>Enterprises</source>
        <translation>企业数</translation>
    </message>
    <message>
        <location filename="../app/gui/portfolio/portfoliopage.cpp" line="76"/>
        <source>Assessed</source>
        <translation>已评测</translation>
    </message>
    <message>
        <location filename="../app/gui/portfolio/portfoliopage.cpp" line="76"/>
        <source>二级 or higher</source>
        <translation>二级及以上</translation>
    </message>
    <message>
        <location filename="../app/gui/portfolio/portfoliopage.cpp" line="77"/>
        <source>Share at 二级+</source>
        <translation>二级及以上占比</translation>
    </message>
    <message>
        <location filename="../app/gui/portfolio/portfoliopage.cpp" line="77"/>
        <source>Mean base score</source>
        <translation>平均基础得分</translation>
    </message>
    <message>
        <location filename="../app/gui/portfolio/portfoliopage.cpp" line="77"/>
        <source>Median base score</source>
        <translation>基础得分中位数</translation>
    </message>
    <message>
        <location filename="../app/gui/portfolio/portfoliopage.cpp" line="78"/>
        <source>专精特新 SMEs</source>
        <translation>专精特新企业</translation>
    </message>
    <message>
        <location filename="../app/gui/portfolio/portfoliopage.cpp" line="78"/>
        <source>专精特新 at 二级+</source>
        <translation>专精特新二级及以上</translation>
    </message>
    <message>
        <location filename="../app/gui/portfolio/portfoliopage.cpp" line="78"/>
        <source>Not on an official model</source>
        <translation>非正式评测模型</translation>
    </message>
    <message>
        <location filename="../app/gui/portfolio/portfoliopage.cpp" line="93"/>
        <source>Levels</source>
        <translation>等级分布</translation>
    </message>
    <message>
        <location filename="../app/gui/portfolio/portfoliopage.cpp" line="108"/>
        <source>Groups</source>
        <translation>分组统计</translation>
    </message>
    <message>
        <location filename="../app/gui/portfolio/portfoliopage.cpp" line="124"/>
        <source>Rows: level before (改造前); columns: level after (改造后).</source>
        <translation>行：改造前等级；列：改造后等级。</translation>
    </message>
    <message>
        <location filename="../app/gui/portfolio/portfoliopage.cpp" line="128"/>
        <source>Before and after</source>
        <translation>改造前后</translation>
    </message>
    <message>
        <location filename="../app/gui/portfolio/portfoliopage.cpp" line="133"/>
        <source>Scenarios</source>
        <translation>场景</translation>
    </message>
    <message>
        <location filename="../app/gui/portfolio/portfoliopage.cpp" line="148"/>
        <source>Sub-dimensions</source>
        <translation>子维度对比</translation>
    </message>
    <message>
        <location filename="../app/gui/portfolio/portfoliopage.cpp" line="177"/>
        <source>Portfolio: %1 %2 (%3 enterprises)</source>
        <translation>看板：%1 %2（%3 家企业）</translation>
    </message>
    <message>
        <location filename="../app/gui/portfolio/portfoliopage.cpp" line="203"/>
        <source>Reading the enterprises…</source>
        <translation>正在读取企业…</translation>
    </message>
    <message>
        <location filename="../app/gui/portfolio/portfoliopage.cpp" line="239"/>
        <source>No enterprise matches</source>
        <translation>没有符合条件的企业</translation>
    </message>
</context>
<context>
    <name>PortfolioTables</name>
    <message>
        <location filename="../app/gui/portfolio/portfoliotables.cpp" line="76"/>
        <source>No enterprise has both a 改造前 (before) and a later 改造后 (after) assessment.</source>
        <translation>没有企业同时有改造前评测和之后的改造后评测。</translation>
    </message>
    <message>
        <location filename="../app/gui/portfolio/portfoliotables.cpp" line="78"/>
        <source>Pairs before and after: %1; mean gain in base score %2; %3 rose at least one level (%4).</source>
        <translation>改造前后成对评测：%1 家；基础得分平均提升 %2；%3 家至少提升一级（%4）。</translation>
    </message>
    <message>
        <location filename="../app/gui/portfolio/portfoliotables.cpp" line="97"/>
        <source>Scenario</source>
        <translation>场景</translation>
    </message>
    <message>
        <location filename="../app/gui/portfolio/portfoliotables.cpp" line="97"/>
        <source>Enterprises</source>
        <translation>企业数</translation>
    </message>
    <message>
        <location filename="../app/gui/portfolio/portfoliotables.cpp" line="99"/>
        <source>%1 or higher</source>
        <translation>%1及以上</translation>
    </message>
    <message>
        <location filename="../app/gui/portfolio/portfoliotables.cpp" line="138"/>
        <source>Sub-dimension</source>
        <translation>子维度</translation>
    </message>
    <message>
        <location filename="../app/gui/portfolio/portfoliotables.cpp" line="138"/>
        <source>Filtered: mean score</source>
        <translation>筛选后：平均得分</translation>
    </message>
    <message>
        <location filename="../app/gui/portfolio/portfoliotables.cpp" line="138"/>
        <source>All: mean score</source>
        <translation>全部：平均得分</translation>
    </message>
    <message>
        <location filename="../app/gui/portfolio/portfoliotables.cpp" line="139"/>
        <source>Difference</source>
        <translation>差值</translation>
    </message>
</context>
<context>
    <name>QuestionnaireBookActions</name>
    <message>
        <location filename="../app/gui/questionnaire/questionnairebookactions.cpp" line="72"/>
        <source>Could not open the assessment</source>
        <translation>无法打开评测</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/questionnairebookactions.cpp" line="81"/>
        <source>Saved as %1.
Open it now?</source>
        <translation>已保存为 %1。
现在打开吗？</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/questionnairebookactions.cpp" line="99"/>
        <source>Export questionnaire workbook</source>
        <translation>导出问卷工作簿</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/questionnairebookactions.cpp" line="101"/>
        <location filename="../app/gui/questionnaire/questionnairebookactions.cpp" line="149"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/questionnairebookactions.cpp" line="110"/>
        <source>The workbook could not be written.</source>
        <translation>无法写入工作簿。</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/questionnairebookactions.cpp" line="114"/>
        <source>Workbook written</source>
        <translation>工作簿已导出</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/questionnairebookactions.cpp" line="126"/>
        <source>Print questionnaire form</source>
        <translation>打印问卷表格</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/questionnairebookactions.cpp" line="127"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/questionnairebookactions.cpp" line="136"/>
        <source>The form could not be written.</source>
        <translation>无法写入问卷表格。</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/questionnairebookactions.cpp" line="139"/>
        <source>Form written</source>
        <translation>问卷表格已生成</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/questionnairebookactions.cpp" line="148"/>
        <source>Import questionnaire workbook</source>
        <translation>导入问卷工作簿</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/questionnairebookactions.cpp" line="155"/>
        <source>The workbook could not be read.</source>
        <translation>无法读取工作簿。</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/questionnairebookactions.cpp" line="165"/>
        <source>The workbook could not be imported.</source>
        <translation>无法导入工作簿。</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/questionnairebookactions.cpp" line="172"/>
        <source>Workbook imported</source>
        <translation>工作簿已导入</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/questionnairebookactions.cpp" line="173"/>
        <source>Answers changed: %1.</source>
        <translation>已改动 %1 个答案。</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/questionnairebookactions.cpp" line="184"/>
        <source>&amp;Export questionnaire workbook…</source>
        <translation>导出问卷工作簿(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/questionnairebookactions.cpp" line="186"/>
        <source>&amp;Print questionnaire form…</source>
        <translation>打印问卷表格(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/questionnairebookactions.cpp" line="187"/>
        <source>&amp;Import questionnaire workbook…</source>
        <translation>导入问卷工作簿(&amp;I)…</translation>
    </message>
</context>
<context>
    <name>QuestionnairePage</name>
    <message>
        <location filename="../app/gui/questionnaire/questionnairepage.cpp" line="57"/>
        <source>Show &amp;results</source>
        <translation>查看结果(&amp;R)</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/questionnairepage.cpp" line="58"/>
        <source>&amp;Workbook and form</source>
        <translation>问卷工作簿与表格(&amp;W)</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/questionnairepage.cpp" line="71"/>
        <source>Same as the &amp;enterprise</source>
        <translation>与企业填报一致(&amp;E)</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/questionnairepage.cpp" line="72"/>
        <source>&amp;Clear answer</source>
        <translation>清除答案(&amp;C)</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/questionnairepage.cpp" line="74"/>
        <source>&amp;Previous</source>
        <translation>上一题(&amp;P)</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/questionnairepage.cpp" line="75"/>
        <source>&amp;Next</source>
        <translation>下一题(&amp;N)</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/questionnairepage.cpp" line="76"/>
        <location filename="../app/gui/questionnaire/questionnairepage.cpp" line="222"/>
        <source>Next &amp;unanswered</source>
        <translation>下一道未答题(&amp;U)</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/questionnairepage.cpp" line="82"/>
        <source>The questionnaire as an Excel workbook or a printed form for the enterprise to fill in, and the returned workbook read back</source>
        <translation>把问卷导出为 Excel 工作簿或打印成表格交企业填写，并读回企业填好的工作簿</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/questionnairepage.cpp" line="217"/>
        <source>Could not open the assessment</source>
        <translation>无法打开评测</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/questionnairepage.cpp" line="222"/>
        <source>Next &amp;unverified</source>
        <translation>下一道未核验题(&amp;U)</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/questionnairepage.cpp" line="225"/>
        <source>No assessment is open. Choose one on the Enterprises page.</source>
        <translation>尚未打开评测。请在“企业”页面选择一项评测。</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/questionnairepage.cpp" line="234"/>
        <source>Verifying: %1 — %2</source>
        <translation>现场核验：%1 — %2</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/questionnairepage.cpp" line="234"/>
        <source>Questionnaire: %1 — %2</source>
        <translation>问卷填报：%1 — %2</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/questionnairepage.cpp" line="237"/>
        <source>Some stored answers no longer fit and are left out</source>
        <translation>部分已保存的答案与当前模型或行业不符，已略去</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/questionnairepageactions.cpp" line="43"/>
        <source>Next question (Ctrl+PgDown, Alt+Right)</source>
        <translation>下一题（Ctrl+PgDown、Alt+→）</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/questionnairepageactions.cpp" line="44"/>
        <source>Previous question (Ctrl+PgUp, Alt+Left)</source>
        <translation>上一题（Ctrl+PgUp、Alt+←）</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/questionnairepageactions.cpp" line="45"/>
        <source>The next question still open (Ctrl+U)</source>
        <translation>下一道尚未完成的题（Ctrl+U）</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/questionnairepageactions.cpp" line="46"/>
        <source>Take the enterprise&apos;s answer as verified (Ctrl+Shift+V)</source>
        <translation>将企业填报的答案作为核验结果（Ctrl+Shift+V）</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/questionnairepageactions.cpp" line="61"/>
        <source>This is the last question.</source>
        <translation>已是最后一题。</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/questionnairepageactions.cpp" line="61"/>
        <source>This is the first question.</source>
        <translation>已是第一题。</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/questionnairepageactions.cpp" line="78"/>
        <source>Every question is verified.</source>
        <translation>所有题目均已核验。</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/questionnairepageactions.cpp" line="78"/>
        <source>Every question is answered.</source>
        <translation>所有题目均已作答。</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/questionnairepageactions.cpp" line="107"/>
        <source>The enterprise has not answered this question; there is nothing to copy.</source>
        <translation>企业未作答此题，没有可沿用的答案。</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/questionnairepageactions.cpp" line="129"/>
        <source>Confirmed: the value is kept.</source>
        <translation>已确认，保留原值。</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/questionnairepageactions.cpp" line="136"/>
        <source>Could not store the answer</source>
        <translation>无法保存答案</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/questionnairepageactions.cpp" line="151"/>
        <source>Could not reload the assessment</source>
        <translation>无法重新加载评测</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/questionnairepagetext.cpp" line="61"/>
        <source>%1 of %2 verified</source>
        <translation>已核验 %1 / %2</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/questionnairepagetext.cpp" line="61"/>
        <source>%1 of %2 answered</source>
        <translation>已作答 %1 / %2</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/questionnairepagetext.cpp" line="65"/>
        <source>Base score %1 of %2 · %3</source>
        <translation>基础得分 %1 / %2 · %3</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/questionnairepagetext.cpp" line="69"/>
        <source>Base score: enterprise %1 → verified %2 of %3 · %4 → %5</source>
        <translation>基础得分：企业填报 %1 → 核验 %2（满分 %3）· %4 → %5</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/questionnairepagetext.cpp" line="79"/>
        <source>to confirm: %1</source>
        <translation>待确认 %1 项</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/questionnairepagetext.cpp" line="80"/>
        <source>Worked out from the answers given so far; unanswered questions count as nothing.</source>
        <translation>按目前已作答的题目计算；未作答的题目不得分。</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/questionnairepagetext.cpp" line="117"/>
        <source>★ %1 (constrained scenario)</source>
        <translation>★ %1（约束性场景）</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/questionnairepagetext.cpp" line="120"/>
        <source>Choose the level that describes the enterprise today (keys 0–4).</source>
        <translation>请选择最符合企业当前情况的等级（数字键 0–4）。</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/questionnairepagetext.cpp" line="129"/>
        <source>Choose one (keys 1–9).</source>
        <translation>单选（数字键 1–9）。</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/questionnairepagetext.cpp" line="132"/>
        <source>Tick all that apply (keys 1–9 toggle).</source>
        <translation>可多选（数字键 1–9 勾选或取消）。</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/questionnairepagetext.cpp" line="135"/>
        <source>Tick all that apply (keys 1–9 toggle). “%1” clears the others.</source>
        <translation>可多选（数字键 1–9 勾选或取消）。选择“%1”会清除其他选项。</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/questionnairepagetext.cpp" line="141"/>
        <source>Choose yes or no (keys 1 and 2).</source>
        <translation>请选择是或否（数字键 1、2）。</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/questionnairepagetext.cpp" line="144"/>
        <source>Enter both figures; the share and its band are worked out for you.</source>
        <translation>请填写两项数据，系统自动计算比例和所在档位。</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/questionnairepagetext.cpp" line="147"/>
        <source>Enter the figure; its band is worked out for you.</source>
        <translation>请填写数据，系统自动判断所在档位。</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/questionnairepagetext.cpp" line="150"/>
        <source>Enter the figures of both years, or choose the change directly (keys 1–3) if you do not have them.</source>
        <translation>请填写两个年度的数据；如无数据，可直接选择变化情况（数字键 1–3）。</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/questionnairepagetext.cpp" line="156"/>
        <source>Question %1 of %2</source>
        <translation>第 %1 题，共 %2 题</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/questionnairepagetext.cpp" line="157"/>
        <source>Not asked</source>
        <translation>不作答</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/questionnairepagetext.cpp" line="162"/>
        <source>Not asked: the model asks this only in some industries, and no industry is set for this enterprise. It does not count.</source>
        <translation>不作答：评测模型仅对部分行业设置此题，而该企业未填写所属行业。此题不计分。</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/questionnairepagetext.cpp" line="164"/>
        <source>Not asked for this enterprise&apos;s industry (%1). It does not count.</source>
        <translation>该企业所属行业（%1）不作答此题，不计分。</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/questionnairepagetext.cpp" line="176"/>
        <source>Not counted</source>
        <translation>不计分</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/questionnairepagetext.cpp" line="180"/>
        <source>Not rated yet</source>
        <translation>尚未评级</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/questionnairepagetext.cpp" line="181"/>
        <source>Rated: %1</source>
        <translation>评级：%1</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/questionnairepagetext.cpp" line="185"/>
        <source>Points: %1 / %2</source>
        <translation>得分 %1 / %2</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/questionnairepagetext.cpp" line="186"/>
        <source>Points: – / %1, not answered yet</source>
        <translation>得分 – / %1，尚未作答</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/questionnairepagetext.cpp" line="195"/>
        <source>Not verified yet: the enterprise&apos;s answer counts.</source>
        <translation>尚未核验：暂按企业填报计分。</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/questionnairepagetext.cpp" line="196"/>
        <source>Not verified yet, and not answered by the enterprise.</source>
        <translation>尚未核验，企业也未作答。</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/questionnairepagetext.cpp" line="198"/>
        <source>Verified: the same as the enterprise&apos;s answer.</source>
        <translation>已核验：与企业填报一致。</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/questionnairepagetext.cpp" line="206"/>
        <source>Enterprise %1 → verified %2</source>
        <translation>企业填报 %1 → 核验 %2</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/questionnairepagetext.cpp" line="212"/>
        <source>Enterprise %1 → verified %2: %3 points</source>
        <translation>企业填报 %1 分 → 核验 %2 分：%3 分</translation>
    </message>
</context>
<context>
    <name>QuestionnaireTreeModel</name>
    <message>
        <location filename="../app/gui/questionnaire/questionnairetreemodel.cpp" line="54"/>
        <source>Not asked: the model asks this only in some industries, and no industry is set for this enterprise.</source>
        <translation>不作答：评测模型仅对部分行业设置此题，而该企业未填写所属行业。</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/questionnairetreemodel.cpp" line="56"/>
        <source>Not asked for this enterprise&apos;s industry (%1).</source>
        <translation>该企业所属行业（%1）不作答此题。</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/questionnairetreemodel.cpp" line="58"/>
        <source>Constrained scenario (约束性): counts towards the constrained scenarios a level needs.</source>
        <translation>约束性场景：计入定级所需的约束性场景数。</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/questionnairetreemodel.cpp" line="66"/>
        <source>A DigiLevel addition for this industry: scored beside the official result, never part of it.</source>
        <translation>DigiLevel 针对本行业的补充指标：与官方结果分开计分，不计入官方结果。</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/questionnairetreemodel.cpp" line="194"/>
        <source>The verified answer differs from the enterprise&apos;s answer.</source>
        <translation>核验结果与企业填报不一致。</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/questionnairetreemodel.cpp" line="216"/>
        <source>not asked</source>
        <translation>不作答</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/questionnairetreemodel.cpp" line="217"/>
        <source>verified, differs</source>
        <translation>已核验，有差异</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/questionnairetreemodel.cpp" line="218"/>
        <source>verified</source>
        <translation>已核验</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/questionnairetreemodel.cpp" line="218"/>
        <source>answered</source>
        <translation>已作答</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/questionnairetreemodel.cpp" line="219"/>
        <source>not verified</source>
        <translation>未核验</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/questionnairetreemodel.cpp" line="219"/>
        <source>not answered</source>
        <translation>未作答</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/questionnairetreemodel.cpp" line="236"/>
        <source>Question</source>
        <translation>题目</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/questionnairetreemodel.cpp" line="237"/>
        <source>Verified</source>
        <translation>核验结果</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/questionnairetreemodel.cpp" line="237"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
</context>
<context>
    <name>ReportBatchDialog</name>
    <message>
        <location filename="../app/gui/home/reportbatchdialog.cpp" line="62"/>
        <location filename="../app/gui/home/reportbatchdialog.cpp" line="209"/>
        <source>PDF reports</source>
        <translation>PDF 评测报告</translation>
    </message>
    <message>
        <location filename="../app/gui/home/reportbatchdialog.cpp" line="68"/>
        <source>Enterprises:</source>
        <translation>企业：</translation>
    </message>
    <message>
        <location filename="../app/gui/home/reportbatchdialog.cpp" line="68"/>
        <source>the %1 selected</source>
        <translation>选中的 %1 家</translation>
    </message>
    <message>
        <location filename="../app/gui/home/reportbatchdialog.cpp" line="69"/>
        <source>all %1</source>
        <translation>全部 %1 家</translation>
    </message>
    <message>
        <location filename="../app/gui/home/reportbatchdialog.cpp" line="74"/>
        <source>Assessments:</source>
        <translation>评测：</translation>
    </message>
    <message>
        <location filename="../app/gui/home/reportbatchdialog.cpp" line="74"/>
        <source>the latest of each enterprise</source>
        <translation>每家企业最近一次</translation>
    </message>
    <message>
        <location filename="../app/gui/home/reportbatchdialog.cpp" line="75"/>
        <source>every assessment</source>
        <translation>全部评测</translation>
    </message>
    <message>
        <location filename="../app/gui/home/reportbatchdialog.cpp" line="77"/>
        <source>Answers:</source>
        <translation>答案：</translation>
    </message>
    <message>
        <location filename="../app/gui/home/reportbatchdialog.cpp" line="77"/>
        <source>self-assessed</source>
        <translation>企业自评</translation>
    </message>
    <message>
        <location filename="../app/gui/home/reportbatchdialog.cpp" line="78"/>
        <source>verified on site (self-assessed where not verified)</source>
        <translation>现场核验（未核验的用企业自评）</translation>
    </message>
    <message>
        <location filename="../app/gui/home/reportbatchdialog.cpp" line="84"/>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <location filename="../app/gui/home/reportbatchdialog.cpp" line="92"/>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../app/gui/home/reportbatchdialog.cpp" line="95"/>
        <source>Folder for the reports</source>
        <translation>报告存放文件夹</translation>
    </message>
    <message>
        <location filename="../app/gui/home/reportbatchdialog.cpp" line="102"/>
        <source>Folder:</source>
        <translation>文件夹：</translation>
    </message>
    <message>
        <location filename="../app/gui/home/reportbatchdialog.cpp" line="105"/>
        <source>&amp;Write reports</source>
        <translation>生成报告(&amp;W)</translation>
    </message>
    <message>
        <location filename="../app/gui/home/reportbatchdialog.cpp" line="130"/>
        <source>The folder &quot;%1&quot; cannot be created. Choose another one.</source>
        <translation>无法创建文件夹“%1”，请另选一个。</translation>
    </message>
    <message>
        <location filename="../app/gui/home/reportbatchdialog.cpp" line="145"/>
        <source>There is nothing to report yet.</source>
        <translation>还没有可生成报告的企业。</translation>
    </message>
    <message>
        <location filename="../app/gui/home/reportbatchdialog.cpp" line="160"/>
        <source>The reports could not be written.</source>
        <translation>无法生成报告。</translation>
    </message>
    <message>
        <location filename="../app/gui/home/reportbatchdialog.cpp" line="161"/>
        <source>No reports were written.</source>
        <translation>未生成任何报告。</translation>
    </message>
    <message>
        <location filename="../app/gui/home/reportbatchdialog.cpp" line="182"/>
        <source>The chosen enterprises have no assessment to report.</source>
        <translation>所选企业没有可生成报告的评测。</translation>
    </message>
    <message>
        <location filename="../app/gui/home/reportbatchdialog.cpp" line="187"/>
        <source>Writing the reports…</source>
        <translation>正在生成报告…</translation>
    </message>
    <message>
        <location filename="../app/gui/home/reportbatchdialog.cpp" line="188"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../app/gui/home/reportbatchdialog.cpp" line="200"/>
        <source>Writing report %1 of %2: %3</source>
        <translation>正在生成第 %1 份报告（共 %2 份）：%3</translation>
    </message>
    <message>
        <location filename="../app/gui/home/reportbatchdialog.cpp" line="210"/>
        <source>%1 of the reports could not be written.</source>
        <translation>有 %1 份报告未能生成。</translation>
    </message>
    <message>
        <location filename="../app/gui/home/reportbatchdialog.cpp" line="215"/>
        <source>%1 of %2 reports written to %3.</source>
        <translation>已生成 %1 份报告（共 %2 份），保存在 %3。</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <location filename="../app/gui/results/reportexport.cpp" line="49"/>
        <source>Export PDF report</source>
        <translation>导出 PDF 报告</translation>
    </message>
    <message>
        <location filename="../app/gui/results/reportexport.cpp" line="51"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../app/gui/results/reportexport.cpp" line="57"/>
        <source>The report could not be written.</source>
        <translation>无法写入报告。</translation>
    </message>
    <message>
        <location filename="../app/gui/results/reportexport.cpp" line="61"/>
        <source>Report written</source>
        <translation>报告已生成</translation>
    </message>
    <message>
        <location filename="../app/gui/results/reportexport.cpp" line="62"/>
        <source>The report was saved as %1.
Open it now?</source>
        <translation>报告已保存为 %1。
现在打开吗？</translation>
    </message>
    <message>
        <location filename="../app/gui/results/reportexport.cpp" line="78"/>
        <source>Chinese report (中文)…</source>
        <translation>中文报告…</translation>
    </message>
    <message>
        <location filename="../app/gui/results/reportexport.cpp" line="79"/>
        <source>English report…</source>
        <translation>英文报告…</translation>
    </message>
</context>
<context>
    <name>ResultsCharts</name>
    <message>
        <location filename="../app/gui/results/resultscharts.cpp" line="31"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../app/gui/results/resultscharts.cpp" line="32"/>
        <source>Up to the maximum</source>
        <translation>距满分</translation>
    </message>
    <message>
        <location filename="../app/gui/results/resultscharts.cpp" line="91"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../app/gui/results/resultscharts.cpp" line="70"/>
        <source>Base score</source>
        <translation>基础分</translation>
    </message>
    <message>
        <location filename="../app/gui/results/resultscharts.cpp" line="103"/>
        <source>%1: base score %2, %3</source>
        <translation>%1：基础分 %2，%3</translation>
    </message>
</context>
<context>
    <name>ResultsFormat</name>
    <message>
        <location filename="../app/gui/results/resultsformat.cpp" line="62"/>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../app/gui/results/resultsformat.cpp" line="64"/>
        <source>Submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <location filename="../app/gui/results/resultsformat.cpp" line="66"/>
        <source>Verified by assessor</source>
        <translation>已核验</translation>
    </message>
    <message>
        <location filename="../app/gui/results/resultsformat.cpp" line="73"/>
        <source>On-site diagnosis</source>
        <translation>现场诊断</translation>
    </message>
    <message>
        <location filename="../app/gui/results/resultsformat.cpp" line="74"/>
        <source>Self-assessment</source>
        <translation>企业自评</translation>
    </message>
    <message>
        <location filename="../app/gui/results/resultsformat.cpp" line="79"/>
        <source>Verified view</source>
        <translation>核验视图</translation>
    </message>
    <message>
        <location filename="../app/gui/results/resultsformat.cpp" line="79"/>
        <source>Self-assessed answers</source>
        <translation>企业自评答案</translation>
    </message>
    <message>
        <location filename="../app/gui/results/resultsformat.cpp" line="86"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../app/gui/results/resultsformat.cpp" line="88"/>
        <source>Innovative SME (创新型中小企业)</source>
        <translation>创新型中小企业</translation>
    </message>
    <message>
        <location filename="../app/gui/results/resultsformat.cpp" line="90"/>
        <source>Provincial specialised SME (省级专精特新)</source>
        <translation>省级专精特新中小企业</translation>
    </message>
    <message>
        <location filename="../app/gui/results/resultsformat.cpp" line="92"/>
        <source>Little giant (专精特新“小巨人”)</source>
        <translation>专精特新“小巨人”企业</translation>
    </message>
    <message>
        <location filename="../app/gui/results/resultsformat.cpp" line="101"/>
        <source>Large</source>
        <translation>大型</translation>
    </message>
    <message>
        <location filename="../app/gui/results/resultsformat.cpp" line="103"/>
        <source>Medium</source>
        <translation>中型</translation>
    </message>
    <message>
        <location filename="../app/gui/results/resultsformat.cpp" line="105"/>
        <source>Small</source>
        <translation>小型</translation>
    </message>
    <message>
        <location filename="../app/gui/results/resultsformat.cpp" line="107"/>
        <source>Micro</source>
        <translation>微型</translation>
    </message>
    <message>
        <location filename="../app/gui/results/resultsformat.cpp" line="111"/>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <location filename="../app/gui/results/resultspage.cpp" line="67"/>
        <source>No assessment is open. Open one from the enterprise list.</source>
        <translation>尚未打开评测。请从企业列表中打开一次评测。</translation>
    </message>
    <message>
        <location filename="../app/gui/results/resultspage.cpp" line="114"/>
        <source>Base score:</source>
        <translation>基础分：</translation>
    </message>
    <message>
        <location filename="../app/gui/results/resultspage.cpp" line="120"/>
        <source>Answers shown:</source>
        <translation>显示的答案：</translation>
    </message>
    <message>
        <location filename="../app/gui/results/resultspage.cpp" line="139"/>
        <source>&amp;Edit answers</source>
        <translation>修改答案(&amp;E)</translation>
    </message>
    <message>
        <location filename="../app/gui/results/resultspage.cpp" line="141"/>
        <source>&amp;Verify on site</source>
        <translation>现场核验(&amp;V)</translation>
    </message>
    <message>
        <location filename="../app/gui/results/resultspage.cpp" line="143"/>
        <source>&amp;History</source>
        <translation>历史记录(&amp;H)</translation>
    </message>
    <message>
        <location filename="../app/gui/results/resultspage.cpp" line="147"/>
        <source>Export &amp;PDF report…</source>
        <translation>导出 PDF 报告(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../app/gui/results/resultspage.cpp" line="178"/>
        <source>Why this level, and what blocks the next</source>
        <translation>为什么是这个等级，升级还差什么</translation>
    </message>
    <message>
        <location filename="../app/gui/results/resultspage.cpp" line="185"/>
        <source>Cheapest ways to the next level</source>
        <translation>升到下一等级最省力的路径</translation>
    </message>
    <message>
        <location filename="../app/gui/results/resultspage.cpp" line="191"/>
        <source>Not in our plans</source>
        <translation>不在计划内</translation>
    </message>
    <message>
        <location filename="../app/gui/results/resultspage.cpp" line="196"/>
        <source>Dimension scores</source>
        <translation>各维度得分</translation>
    </message>
    <message>
        <location filename="../app/gui/results/resultspage.cpp" line="199"/>
        <source>Sub-dimensions (% of each maximum)</source>
        <translation>各子维度得分率（占满分的百分比）</translation>
    </message>
    <message>
        <location filename="../app/gui/results/resultspage.cpp" line="204"/>
        <source>Scenarios by rating</source>
        <translation>场景等级</translation>
    </message>
    <message>
        <location filename="../app/gui/results/resultspage.cpp" line="207"/>
        <source>DigiLevel additions — not part of the official scheme; they never change the official level</source>
        <translation>DigiLevel 补充指标——不属于官方评测体系，不影响官方等级</translation>
    </message>
    <message>
        <location filename="../app/gui/results/resultspage.cpp" line="265"/>
        <location filename="../app/gui/results/resultspage.cpp" line="288"/>
        <source>The assessment could not be loaded:
%1</source>
        <translation>无法加载该评测：
%1</translation>
    </message>
    <message>
        <location filename="../app/gui/results/resultspage.cpp" line="309"/>
        <source>The plan locks could not be saved.</source>
        <translation>无法保存“不在计划内”的设定。</translation>
    </message>
    <message>
        <location filename="../app/gui/results/resultspage.cpp" line="334"/>
        <source>%1, version %2</source>
        <translation>%1（%2 版）</translation>
    </message>
    <message>
        <location filename="../app/gui/results/resultspage.cpp" line="338"/>
        <source>Assessor: %1</source>
        <translation>评测人员：%1</translation>
    </message>
    <message>
        <location filename="../app/gui/results/resultspage.cpp" line="339"/>
        <source>Started %1</source>
        <translation>创建于 %1</translation>
    </message>
    <message>
        <location filename="../app/gui/results/resultspage.cpp" line="341"/>
        <source>Not yet verified (own answer counts): %1</source>
        <translation>尚未核验（按企业自评答案计）：%1 项</translation>
    </message>
</context>
<context>
    <name>ResultsPanels</name>
    <message>
        <location filename="../app/gui/results/resultspanels.cpp" line="58"/>
        <source>Why %1: every condition holds</source>
        <translation>为什么是%1：各项条件均已满足</translation>
    </message>
    <message>
        <location filename="../app/gui/results/resultspanels.cpp" line="67"/>
        <source>%1: no level has all its conditions met</source>
        <translation>%1：没有任何等级的条件全部满足</translation>
    </message>
    <message>
        <location filename="../app/gui/results/resultspanels.cpp" line="71"/>
        <source>What blocks %1</source>
        <translation>达到%1还差什么</translation>
    </message>
    <message>
        <location filename="../app/gui/results/resultspanels.cpp" line="76"/>
        <source>This is the highest level of the scheme.</source>
        <translation>已达到评测体系的最高等级。</translation>
    </message>
    <message>
        <location filename="../app/gui/results/resultspanels.cpp" line="82"/>
        <source>Questions not answered yet (they score 0): %1</source>
        <translation>尚未作答的题目（按 0 分计）：%1 个</translation>
    </message>
    <message>
        <location filename="../app/gui/results/resultspanels.cpp" line="96"/>
        <source>Target for specialised SMEs (专精特新) under the SME digital empowerment plan 2025–2027: %1 or higher.</source>
        <translation>按《中小企业数字化赋能专项行动方案（2025—2027年）》，专精特新中小企业应达到%1及以上。</translation>
    </message>
    <message>
        <location filename="../app/gui/results/resultspanels.cpp" line="101"/>
        <source>Reached.</source>
        <translation>已达到。</translation>
    </message>
    <message>
        <location filename="../app/gui/results/resultspanels.cpp" line="118"/>
        <source>Not reached yet; these conditions are missing:</source>
        <translation>尚未达到，还缺以下条件：</translation>
    </message>
    <message>
        <location filename="../app/gui/results/resultspanels.cpp" line="119"/>
        <source>Not reached yet: %1 base points and these conditions are missing:</source>
        <translation>尚未达到：基础分还差 %1 分，并缺以下条件：</translation>
    </message>
    <message>
        <location filename="../app/gui/results/resultspanels.cpp" line="129"/>
        <source>The cheapest way there needs %1 change step(s) and gains %2 base points.</source>
        <translation>最省力的路径需改进 %1 步，基础分提高 %2 分。</translation>
    </message>
    <message>
        <location filename="../app/gui/results/resultspanels.cpp" line="133"/>
        <source>No way there remains with the items and scenarios marked “Not in our plans”.</source>
        <translation>在标为“不在计划内”的评分项和场景不变的情况下，没有能达到该目标的路径。</translation>
    </message>
    <message>
        <location filename="../app/gui/results/resultspanels.cpp" line="144"/>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <location filename="../app/gui/results/resultspanels.cpp" line="144"/>
        <source>Base points</source>
        <translation>基础分</translation>
    </message>
    <message>
        <location filename="../app/gui/results/resultspanels.cpp" line="149"/>
        <source>The highest level is reached; nothing to plan.</source>
        <translation>已达到最高等级，无需规划。</translation>
    </message>
    <message>
        <location filename="../app/gui/results/resultspanels.cpp" line="151"/>
        <source>No plan remains with these locks: %1 can only be reached by changing something marked “Not in our plans”.</source>
        <translation>在这些锁定下没有升级方案：只有改变标为“不在计划内”的项目才能达到%1。</translation>
    </message>
    <message>
        <location filename="../app/gui/results/resultspanels.cpp" line="154"/>
        <source>The next level cannot be reached by improving answers.</source>
        <translation>无法通过改进答案达到下一等级。</translation>
    </message>
    <message>
        <location filename="../app/gui/results/resultspanels.cpp" line="166"/>
        <source>Cheapest: %1 to %2, steps: %3</source>
        <translation>最省力：%1 → %2，共 %3 步</translation>
    </message>
    <message>
        <location filename="../app/gui/results/resultspanels.cpp" line="170"/>
        <source>Alternative %1, steps: %2</source>
        <translation>备选方案 %1：共 %2 步</translation>
    </message>
    <message>
        <location filename="../app/gui/results/resultspanels.cpp" line="172"/>
        <source>%1; large investments: %2</source>
        <translation>%1；其中大额投入 %2 项</translation>
    </message>
    <message>
        <location filename="../app/gui/results/resultspanels.cpp" line="188"/>
        <source>A large investment: the step needs a figure to more than double, or a share above the model&apos;s threshold.</source>
        <translation>大额投入：这一步需要某项数据增至现在的两倍以上，或使占比超过评测模型设定的界限。</translation>
    </message>
    <message>
        <location filename="../app/gui/results/resultspanels.cpp" line="212"/>
        <source>Score: %1</source>
        <translation>得分：%1</translation>
    </message>
    <message>
        <location filename="../app/gui/results/resultspanels.cpp" line="217"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../app/gui/results/resultspanels.cpp" line="223"/>
        <source>Scenario %1: %2</source>
        <translation>场景「%1」：%2</translation>
    </message>
    <message>
        <location filename="../app/gui/results/resultspanels.cpp" line="225"/>
        <source>not answered</source>
        <translation>未作答</translation>
    </message>
    <message>
        <location filename="../app/gui/results/resultspanels.cpp" line="226"/>
        <source>level %1</source>
        <translation>%1 级</translation>
    </message>
    <message>
        <location filename="../app/gui/results/resultspanels.cpp" line="240"/>
        <source>Answers to confirm: %1</source>
        <translation>待确认的答案：%1 个</translation>
    </message>
    <message>
        <location filename="../app/gui/results/resultspanels.cpp" line="241"/>
        <source>They were carried over from the previous model version and count as answered; check each in the questionnaire and confirm or change it.</source>
        <translation>这些答案从上一版本指标沿用而来，已计为作答；请在问卷中逐项核对，确认或修改。</translation>
    </message>
</context>
<context>
    <name>ScenarioEditor</name>
    <message>
        <location filename="../app/gui/questionnaire/scenarioeditor.cpp" line="59"/>
        <source>Not even the level 1 description applies yet.</source>
        <translation>尚未达到一级的描述。</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/scenarioeditor.cpp" line="113"/>
        <source>◆ Enterprise&apos;s rating</source>
        <translation>◆ 企业自评等级</translation>
    </message>
</context>
<context>
    <name>ScenarioGrid</name>
    <message>
        <location filename="../app/gui/results/scenariogrid.cpp" line="45"/>
        <source>0 Below level 1</source>
        <translation>0 未达一级</translation>
    </message>
    <message>
        <location filename="../app/gui/results/scenariogrid.cpp" line="47"/>
        <source>Level %1</source>
        <translation>%1 级</translation>
    </message>
    <message>
        <location filename="../app/gui/results/scenariogrid.cpp" line="48"/>
        <source>Not answered</source>
        <translation>未作答</translation>
    </message>
    <message>
        <location filename="../app/gui/results/scenariogrid.cpp" line="50"/>
        <source>★ constrained scenario (约束性)</source>
        <translation>★ 约束性场景</translation>
    </message>
    <message>
        <location filename="../app/gui/results/scenariogrid.cpp" line="75"/>
        <source>not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location filename="../app/gui/results/scenariogrid.cpp" line="77"/>
        <source>not answered</source>
        <translation>未作答</translation>
    </message>
    <message>
        <location filename="../app/gui/results/scenariogrid.cpp" line="79"/>
        <source>below level 1</source>
        <translation>未达一级</translation>
    </message>
    <message>
        <location filename="../app/gui/results/scenariogrid.cpp" line="79"/>
        <source>level %1</source>
        <translation>%1 级</translation>
    </message>
    <message>
        <location filename="../app/gui/results/scenariogrid.cpp" line="95"/>
        <source> (constrained)</source>
        <translation>（约束性）</translation>
    </message>
    <message>
        <location filename="../app/gui/results/scenariogrid.cpp" line="98"/>
        <source>Level %1: %2</source>
        <translation>%1 级：%2</translation>
    </message>
    <message>
        <location filename="../app/gui/results/scenariogrid.cpp" line="104"/>
        <source>Next, level %1: %2</source>
        <translation>下一级（%1 级）：%2</translation>
    </message>
</context>
<context>
    <name>SegmentsDialog</name>
    <message>
        <location filename="../app/gui/portfolio/segmentsdialog.cpp" line="43"/>
        <source>Segments (细分行业)</source>
        <translation>细分行业</translation>
    </message>
    <message>
        <location filename="../app/gui/portfolio/segmentsdialog.cpp" line="46"/>
        <source>&amp;New segment</source>
        <translation>新建细分行业(&amp;N)</translation>
    </message>
    <message>
        <location filename="../app/gui/portfolio/segmentsdialog.cpp" line="48"/>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../app/gui/portfolio/segmentsdialog.cpp" line="63"/>
        <source>GB/T 4754 sections or divisions, e.g. C30, C13</source>
        <translation>GB/T 4754 门类或大类，如 C30、C13</translation>
    </message>
    <message>
        <location filename="../app/gui/portfolio/segmentsdialog.cpp" line="68"/>
        <source>Enterprise name or credit code, then Enter</source>
        <translation>输入企业名称或信用代码后按回车</translation>
    </message>
    <message>
        <location filename="../app/gui/portfolio/segmentsdialog.cpp" line="76"/>
        <source>Remove &amp;member</source>
        <translation>移除成员(&amp;M)</translation>
    </message>
    <message>
        <location filename="../app/gui/portfolio/segmentsdialog.cpp" line="78"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../app/gui/portfolio/segmentsdialog.cpp" line="86"/>
        <source>Chinese &amp;name:</source>
        <translation>中文名称(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../app/gui/portfolio/segmentsdialog.cpp" line="87"/>
        <source>&amp;English name:</source>
        <translation>英文名称(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../app/gui/portfolio/segmentsdialog.cpp" line="88"/>
        <source>&amp;Industries:</source>
        <translation>行业代码(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../app/gui/portfolio/segmentsdialog.cpp" line="89"/>
        <source>Named &amp;members:</source>
        <translation>指定成员企业(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../app/gui/portfolio/segmentsdialog.cpp" line="104"/>
        <source>An enterprise belongs to a segment when its industry falls under one of the codes, or when it is named as a member.</source>
        <translation>企业的行业属于所列代码之一，或被指定为成员时，即归入该细分行业。</translation>
    </message>
    <message>
        <location filename="../app/gui/portfolio/segmentsdialog.cpp" line="170"/>
        <source>A new segment: fill in the form and save.</source>
        <translation>新建细分行业：填写后保存。</translation>
    </message>
    <message>
        <location filename="../app/gui/portfolio/segmentsdialog.cpp" line="190"/>
        <source>%1 enterprises are named %2: enter the credit code instead.</source>
        <translation>有 %1 家企业名为 %2，请改为输入统一社会信用代码。</translation>
    </message>
    <message>
        <location filename="../app/gui/portfolio/segmentsdialog.cpp" line="235"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <location filename="../app/gui/portfolio/segmentsdialog.cpp" line="245"/>
        <source>Remove segment</source>
        <translation>删除细分行业</translation>
    </message>
    <message>
        <location filename="../app/gui/portfolio/segmentsdialog.cpp" line="246"/>
        <source>Remove the segment %1? Its enterprises and their assessments stay.</source>
        <translation>删除细分行业 %1？其中的企业及其评测均保留。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../app/gui/settingsdialog.cpp" line="32"/>
        <location filename="../app/gui/settingsdialog.cpp" line="123"/>
        <location filename="../app/gui/settingsdialog.cpp" line="131"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../app/gui/settingsdialog.cpp" line="34"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../app/gui/settingsdialog.cpp" line="45"/>
        <source> other enterprises</source>
        <translation> 家其他企业</translation>
    </message>
    <message>
        <location filename="../app/gui/settingsdialog.cpp" line="46"/>
        <source>The peer benchmark is shown only when the peer group has at least this many other enterprises (never fewer than %1), so that no competitor&apos;s result can be guessed.</source>
        <translation>仅当同行组中至少有这么多家其他企业时才显示同行对标（不少于 %1 家），以免推知任何竞争对手的结果。</translation>
    </message>
    <message>
        <location filename="../app/gui/settingsdialog.cpp" line="54"/>
        <source>The office&apos;s PostgreSQL, as a libpq connection string or URL (sslmode as libpq defines it). Leave empty to work alone.</source>
        <translation>办公室的 PostgreSQL，填写 libpq 连接字符串或 URL（sslmode 按 libpq 的定义）。单机使用时留空。</translation>
    </message>
    <message>
        <location filename="../app/gui/settingsdialog.cpp" line="61"/>
        <source>only when asked</source>
        <translation>仅手动</translation>
    </message>
    <message>
        <location filename="../app/gui/settingsdialog.cpp" line="62"/>
        <source> minutes</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../app/gui/settingsdialog.cpp" line="63"/>
        <source>&amp;Forget the saved password</source>
        <translation>清除已保存的密码(&amp;F)</translation>
    </message>
    <message>
        <location filename="../app/gui/settingsdialog.cpp" line="70"/>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../app/gui/settingsdialog.cpp" line="77"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../app/gui/settingsdialog.cpp" line="78"/>
        <source>&amp;Data directory:</source>
        <translation>数据目录(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../app/gui/settingsdialog.cpp" line="79"/>
        <source>Default &amp;assessor:</source>
        <translation>默认评测人员(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../app/gui/settingsdialog.cpp" line="80"/>
        <source>&amp;Organisation:</source>
        <translation>所属机构(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../app/gui/settingsdialog.cpp" line="81"/>
        <source>Peer benchmark &amp;from:</source>
        <translation>同行对标最少(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../app/gui/settingsdialog.cpp" line="82"/>
        <source>Team server</source>
        <translation>团队服务器</translation>
    </message>
    <message>
        <location filename="../app/gui/settingsdialog.cpp" line="84"/>
        <source>Ser&amp;ver:</source>
        <translation>服务器(&amp;V)：</translation>
    </message>
    <message>
        <location filename="../app/gui/settingsdialog.cpp" line="85"/>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../app/gui/settingsdialog.cpp" line="86"/>
        <source>Synchronise &amp;every:</source>
        <translation>自动同步间隔(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../app/gui/settingsdialog.cpp" line="88"/>
        <source>The password is asked at the first synchronisation and kept in the desktop&apos;s keyring where there is one, else for this session only.</source>
        <translation>首次同步时询问密码；有桌面密钥环时保存在其中，否则仅在本次运行期间保留。</translation>
    </message>
    <message>
        <location filename="../app/gui/settingsdialog.cpp" line="105"/>
        <source>Data directory</source>
        <translation>数据目录</translation>
    </message>
    <message>
        <location filename="../app/gui/settingsdialog.cpp" line="124"/>
        <source>The data directory %1 cannot be created. Choose another one.</source>
        <translation>无法创建数据目录 %1，请选择其他目录。</translation>
    </message>
    <message>
        <location filename="../app/gui/settingsdialog.cpp" line="132"/>
        <source>The data directory takes effect the next time DigiLevel starts.</source>
        <translation>数据目录将在下次启动 DigiLevel 时生效。</translation>
    </message>
</context>
<context>
    <name>StoreOpener</name>
    <message>
        <location filename="../app/gui/storeopener.cpp" line="54"/>
        <source>Database damaged</source>
        <translation>数据库已损坏</translation>
    </message>
    <message>
        <location filename="../app/gui/storeopener.cpp" line="55"/>
        <source>The database %1 is damaged:
%2

Restore the newest automatic backup (%3)? The damaged file is kept beside it with the ending .damaged.</source>
        <translation>数据库 %1 已损坏：
%2

是否恢复最新的自动备份（%3）？损坏的文件会以 .damaged 结尾保留在原处。</translation>
    </message>
    <message>
        <location filename="../app/gui/storeopener.cpp" line="62"/>
        <source>The backup could not be restored.</source>
        <translation>无法恢复备份。</translation>
    </message>
    <message>
        <location filename="../app/gui/storeopener.cpp" line="67"/>
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <location filename="../app/gui/storeopener.cpp" line="68"/>
        <source>DigiLevel cannot open its database %1.</source>
        <translation>DigiLevel 无法打开数据库 %1。</translation>
    </message>
    <message>
        <location filename="../app/gui/storeopener.cpp" line="98"/>
        <source>Opening the database…</source>
        <translation>正在打开数据库…</translation>
    </message>
    <message>
        <location filename="../app/gui/storeopener.cpp" line="115"/>
        <source>Checking every page of the database %1.

The first opening of each day checks the whole file before making the day&apos;s backup; for a large database this takes a few seconds.</source>
        <translation>正在逐页检查数据库 %1。

每天第一次打开时，会先检查整个文件，再做当天的备份；数据库较大时需要几秒钟。</translation>
    </message>
    <message>
        <location filename="../app/gui/storeopener.cpp" line="120"/>
        <source>Making today&apos;s backup of the database %1.

The first opening of each day keeps a copy; for a large database this takes a few seconds.</source>
        <translation>正在为数据库 %1 做今天的备份。

每天第一次打开时会保留一份副本；数据库较大时需要几秒钟。</translation>
    </message>
    <message>
        <location filename="../app/gui/storeopener.cpp" line="124"/>
        <source>Keeping a copy of the database %1 before upgrading it for this version of DigiLevel.</source>
        <translation>正在保留数据库 %1 的副本，然后为此版本的 DigiLevel 升级数据库。</translation>
    </message>
    <message>
        <location filename="../app/gui/storeopener.cpp" line="128"/>
        <source>Opening the database %1…</source>
        <translation>正在打开数据库 %1…</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../app/gui/sync/synccontroller.cpp" line="38"/>
        <source>Sent %1 changes (answers %2, evidence files %3); received %4 (answers %5, evidence files %6).</source>
        <translation>已发送 %1 项更改（答案 %2 项，证明材料 %3 份）；已接收 %4 项（答案 %5 项，证明材料 %6 份）。</translation>
    </message>
    <message>
        <location filename="../app/gui/sync/synccontroller.cpp" line="47"/>
        <source>This user may only read: nothing was sent.</source>
        <translation>该用户只能读取：未发送任何内容。</translation>
    </message>
    <message>
        <location filename="../app/gui/sync/synccontroller.cpp" line="51"/>
        <source>%1 answers wait for a conflict to be resolved.</source>
        <translation>%1 个答案等待解决冲突后发送。</translation>
    </message>
    <message>
        <location filename="../app/gui/sync/synccontroller.cpp" line="54"/>
        <source>%1 enterprises now belong to another organisation and were not sent.</source>
        <translation>%1 家企业已划归其他机构，未发送。</translation>
    </message>
    <message>
        <location filename="../app/gui/sync/synccontroller.cpp" line="111"/>
        <source>Team server: synchronising…</source>
        <translation>团队服务器：正在同步…</translation>
    </message>
    <message>
        <location filename="../app/gui/sync/synccontroller.cpp" line="119"/>
        <source>Team server: not synchronised yet</source>
        <translation>团队服务器：尚未同步</translation>
    </message>
    <message>
        <location filename="../app/gui/sync/synccontroller.cpp" line="121"/>
        <source>Team server: last synchronised %1 · %2 local changes to send</source>
        <translation>团队服务器：上次同步 %1 · 待发送本地更改 %2 项</translation>
    </message>
    <message>
        <location filename="../app/gui/sync/synccontroller.cpp" line="135"/>
        <location filename="../app/gui/sync/synccontroller.cpp" line="163"/>
        <location filename="../app/gui/sync/synccontroller.cpp" line="233"/>
        <source>Synchronise</source>
        <translation>同步</translation>
    </message>
    <message>
        <location filename="../app/gui/sync/synccontroller.cpp" line="136"/>
        <source>No team server is set. Enter its address and your user name in Settings ▸ Team server.</source>
        <translation>尚未设置团队服务器。请在“设置 ▸ 团队服务器”中填写地址和用户名。</translation>
    </message>
    <message>
        <location filename="../app/gui/sync/synccontroller.cpp" line="160"/>
        <source>Synchronising with the team server…</source>
        <translation>正在与团队服务器同步…</translation>
    </message>
    <message>
        <location filename="../app/gui/sync/synccontroller.cpp" line="160"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../app/gui/sync/synccontroller.cpp" line="191"/>
        <source>Password of %1:</source>
        <translation>%1 的密码：</translation>
    </message>
    <message>
        <location filename="../app/gui/sync/synccontroller.cpp" line="192"/>
        <source>The server refused the password. Password of %1:</source>
        <translation>服务器拒绝了该密码。%1 的密码：</translation>
    </message>
    <message>
        <location filename="../app/gui/sync/synccontroller.cpp" line="193"/>
        <source>Team server</source>
        <translation>团队服务器</translation>
    </message>
    <message>
        <location filename="../app/gui/sync/synccontroller.cpp" line="200"/>
        <source>the last synchronisation failed</source>
        <translation>上次同步失败</translation>
    </message>
    <message>
        <location filename="../app/gui/sync/synccontroller.cpp" line="203"/>
        <source>Synchronisation failed</source>
        <translation>同步失败</translation>
    </message>
    <message>
        <location filename="../app/gui/sync/synccontroller.cpp" line="220"/>
        <source>Stopped; what was sent stays sent, and the next synchronisation carries on.</source>
        <translation>已停止；已发送的内容保留，下次同步将继续。</translation>
    </message>
    <message>
        <location filename="../app/gui/sync/synccontroller.cpp" line="225"/>
        <source>%1 answers were changed differently here and on the server: choose which to keep.</source>
        <translation>%1 个答案在本机和服务器上被改成了不同的值：请选择保留哪一个。</translation>
    </message>
    <message>
        <location filename="../app/gui/sync/synccontroller.cpp" line="240"/>
        <source>%1 new conflicts (File ▸ Resolve merge conflicts)</source>
        <translation>%1 个新冲突（文件 ▸ 解决合并冲突）</translation>
    </message>
</context>
<context>
    <name>TransferProgress</name>
    <message>
        <location filename="../app/gui/home/transferprogress.cpp" line="13"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../app/gui/home/transferprogress.cpp" line="47"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>UpgradeDialog</name>
    <message>
        <location filename="../app/gui/home/upgradedialog.cpp" line="26"/>
        <source>Upgrade to the new model version</source>
        <translation>升级到新版本指标</translation>
    </message>
    <message>
        <location filename="../app/gui/home/upgradedialog.cpp" line="31"/>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../app/gui/home/upgradedialog.cpp" line="31"/>
        <source>Answer</source>
        <translation>答案</translation>
    </message>
    <message>
        <location filename="../app/gui/home/upgradedialog.cpp" line="39"/>
        <source>&amp;Upgrade</source>
        <translation>升级(&amp;U)</translation>
    </message>
    <message>
        <location filename="../app/gui/home/upgradedialog.cpp" line="55"/>
        <source>This assessment cannot be upgraded:
%1</source>
        <translation>这次评测不能升级：
%1</translation>
    </message>
    <message>
        <location filename="../app/gui/home/upgradedialog.cpp" line="65"/>
        <source>The assessment started on %1 uses version %2. A new assessment on version %3 is made with the answers below; the old one stays as it is, with its results.</source>
        <translation>%1 开始的这次评测使用 %2 版指标。将按 %3 版新建一次评测并沿用下列答案；原评测及其结果保持不变。</translation>
    </message>
    <message>
        <location filename="../app/gui/home/upgradedialog.cpp" line="89"/>
        <source>%1 (verified)</source>
        <translation>%1（核验）</translation>
    </message>
    <message>
        <location filename="../app/gui/home/upgradedialog.cpp" line="93"/>
        <source>(a note only)</source>
        <translation>（仅备注）</translation>
    </message>
    <message>
        <location filename="../app/gui/home/upgradedialog.cpp" line="104"/>
        <source>Carried over unchanged (%1)</source>
        <translation>原样沿用（%1）</translation>
    </message>
    <message>
        <location filename="../app/gui/home/upgradedialog.cpp" line="105"/>
        <source>Carried over, to confirm (%1)</source>
        <translation>沿用，需确认（%1）</translation>
    </message>
    <message>
        <location filename="../app/gui/home/upgradedialog.cpp" line="106"/>
        <source>Not carried over (%1)</source>
        <translation>不再沿用（%1）</translation>
    </message>
    <message>
        <location filename="../app/gui/home/upgradedialog.cpp" line="107"/>
        <source>Evidence: %1 files and %2 ticks go with the answers; %3 files and %4 ticks stay with the old assessment.</source>
        <translation>佐证材料：%1 个文件、%2 项勾选随答案沿用；%3 个文件、%4 项勾选留在原评测中。</translation>
    </message>
    <message>
        <location filename="../app/gui/home/upgradedialog.cpp" line="124"/>
        <source>The assessment could not be upgraded.</source>
        <translation>无法升级这次评测。</translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <location filename="../app/gui/home/welcomepanel.cpp" line="12"/>
        <source>Welcome to DigiLevel</source>
        <translation>欢迎使用 DigiLevel</translation>
    </message>
    <message>
        <location filename="../app/gui/home/welcomepanel.cpp" line="19"/>
        <source>DigiLevel scores a small or medium enterprise&apos;s digital level, 一级 to 四级, under the MIIT scheme (2024 edition), from a questionnaire answered by the enterprise or verified on site by an assessor. It explains the level, shows the cheapest way to the next one, and keeps every enterprise&apos;s data on this computer.</source>
        <translation>DigiLevel 依据工业和信息化部《中小企业数字化水平评测指标（2024年版）》，根据企业自评或评测人员现场核验的问卷，评定中小企业的数字化水平等级（一级至四级）。它说明等级的依据，给出升到下一级最省力的路径，所有企业数据都保存在本机。</translation>
    </message>
    <message>
        <location filename="../app/gui/home/welcomepanel.cpp" line="26"/>
        <source>New enterprise…</source>
        <translation>新建企业…</translation>
    </message>
    <message>
        <location filename="../app/gui/home/welcomepanel.cpp" line="33"/>
        <source>Open the example enterprise</source>
        <translation>打开示例企业</translation>
    </message>
    <message>
        <location filename="../app/gui/home/welcomepanel.cpp" line="36"/>
        <source>Adds a machinery maker with a finished self-assessment at 二级, to explore the results and the ways up</source>
        <translation>添加一家已完成自评、达到二级的机械企业，便于查看评测结果和提升路径</translation>
    </message>
    <message>
        <location filename="../app/gui/home/welcomepanel.cpp" line="38"/>
        <source>Import a bundle from another computer…</source>
        <translation>导入其他电脑导出的数据包…</translation>
    </message>
</context>
</TS>
