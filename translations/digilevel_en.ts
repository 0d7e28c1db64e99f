<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>BookOptionsDialog</name>
    <message>
        <location filename="../app/gui/questionnaire/bookoptionsdialog.cpp" line="17"/>
        <source>Export questionnaire workbook</source>
        <translation>Export questionnaire workbook</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/bookoptionsdialog.cpp" line="17"/>
        <source>Print questionnaire form</source>
        <translation>Print questionnaire form</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/bookoptionsdialog.cpp" line="21"/>
        <source>Chinese (中文)</source>
        <translation>Chinese (中文)</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/bookoptionsdialog.cpp" line="22"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/bookoptionsdialog.cpp" line="24"/>
        <source>The enterprise&apos;s answers</source>
        <translation>The enterprise&apos;s answers</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/bookoptionsdialog.cpp" line="25"/>
        <source>The verified answers</source>
        <translation>The verified answers</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/bookoptionsdialog.cpp" line="29"/>
        <source>Fill in the answers given so far</source>
        <translation>Fill in the answers given so far</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/bookoptionsdialog.cpp" line="30"/>
        <source>Tick and write in the answers given so far</source>
        <translation>Tick and write in the answers given so far</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/bookoptionsdialog.cpp" line="36"/>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/bookoptionsdialog.cpp" line="38"/>
        <source>&amp;Answers:</source>
        <translation>&amp;Answers:</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/bookoptionsdialog.cpp" line="40"/>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/bookoptionsdialog.cpp" line="40"/>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Save PDF…</translation>
    </message>
</context>
<context>
    <name>BundleTransfer</name>
    <message>
        <location filename="../app/gui/home/bundletransfer.cpp" line="47"/>
        <source>not imported: cancelled</source>
        <translation>not imported: cancelled</translation>
    </message>
    <message>
        <location filename="../app/gui/home/bundletransfer.cpp" line="62"/>
        <source>Importing %1…</source>
        <translation>Importing %1…</translation>
    </message>
    <message>
        <location filename="../app/gui/home/bundletransfer.cpp" line="63"/>
        <source>Importing %1 of %2: %3…</source>
        <translation>Importing %1 of %2: %3…</translation>
    </message>
    <message>
        <location filename="../app/gui/home/bundletransfer.cpp" line="66"/>
        <source>Reading and checking %1…</source>
        <translation>Reading and checking %1…</translation>
    </message>
    <message>
        <location filename="../app/gui/home/bundletransfer.cpp" line="67"/>
        <source>Reading and checking %1 of %2: %3…</source>
        <translation>Reading and checking %1 of %2: %3…</translation>
    </message>
    <message>
        <location filename="../app/gui/home/bundletransfer.cpp" line="86"/>
        <source>refused: %1</source>
        <translation>refused: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/home/bundletransfer.cpp" line="99"/>
        <source>Import cancelled; nothing was imported.</source>
        <translation>Import cancelled; nothing was imported.</translation>
    </message>
    <message>
        <location filename="../app/gui/home/bundletransfer.cpp" line="101"/>
        <source>The bundle could not be imported.</source>
        <translation>The bundle could not be imported.</translation>
    </message>
    <message>
        <location filename="../app/gui/home/bundletransfer.cpp" line="102"/>
        <source>Import failed; nothing was imported.</source>
        <translation>Import failed; nothing was imported.</translation>
    </message>
    <message>
        <location filename="../app/gui/home/bundletransfer.cpp" line="109"/>
        <source>Imported %1: %2 enterprises and %3 assessments added, %4 conflicts.</source>
        <translation>Imported %1: %2 enterprises and %3 assessments added, %4 conflicts.</translation>
    </message>
    <message>
        <location filename="../app/gui/home/bundletransfer.cpp" line="123"/>
        <location filename="../app/gui/home/bundletransfer.cpp" line="145"/>
        <source>Exporting to %1…</source>
        <translation>Exporting to %1…</translation>
    </message>
    <message>
        <location filename="../app/gui/home/bundletransfer.cpp" line="129"/>
        <location filename="../app/gui/home/bundletransfer.cpp" line="153"/>
        <source>Export cancelled; no file was written.</source>
        <translation>Export cancelled; no file was written.</translation>
    </message>
    <message>
        <location filename="../app/gui/home/bundletransfer.cpp" line="130"/>
        <source>The bundle could not be written.</source>
        <translation>The bundle could not be written.</translation>
    </message>
    <message>
        <location filename="../app/gui/home/bundletransfer.cpp" line="131"/>
        <location filename="../app/gui/home/bundletransfer.cpp" line="156"/>
        <source>Export failed.</source>
        <translation>Export failed.</translation>
    </message>
    <message>
        <location filename="../app/gui/home/bundletransfer.cpp" line="133"/>
        <source>Exported to %1.</source>
        <translation>Exported to %1.</translation>
    </message>
    <message>
        <location filename="../app/gui/home/bundletransfer.cpp" line="155"/>
        <source>The CSV file could not be written.</source>
        <translation>The CSV file could not be written.</translation>
    </message>
    <message>
        <location filename="../app/gui/home/bundletransfer.cpp" line="158"/>
        <source>%1 rows written to %2.</source>
        <translation>%1 rows written to %2.</translation>
    </message>
    <message>
        <location filename="../app/gui/home/bundletransfer.cpp" line="164"/>
        <source>DigiLevel bundles (*.dlb);;All files (*)</source>
        <translation>DigiLevel bundles (*.dlb);;All files (*)</translation>
    </message>
    <message>
        <location filename="../app/gui/home/bundletransfer.cpp" line="164"/>
        <source>Import bundles</source>
        <translation>Import bundles</translation>
    </message>
    <message>
        <location filename="../app/gui/home/bundletransfer.cpp" line="185"/>
        <source>Imported %1 of %2 bundles: %3 enterprises and %4 assessments added, %5 conflicts.</source>
        <translation>Imported %1 of %2 bundles: %3 enterprises and %4 assessments added, %5 conflicts.</translation>
    </message>
    <message>
        <location filename="../app/gui/home/bundletransfer.cpp" line="199"/>
        <source>There is nothing to export yet.</source>
        <translation>There is nothing to export yet.</translation>
    </message>
    <message>
        <location filename="../app/gui/home/bundletransfer.cpp" line="204"/>
        <location filename="../app/gui/home/bundletransfer.cpp" line="223"/>
        <source>Export bundle</source>
        <translation>Export bundle</translation>
    </message>
    <message>
        <location filename="../app/gui/home/bundletransfer.cpp" line="205"/>
        <source>Export the %1 selected enterprises or all %2?</source>
        <translation>Export the %1 selected enterprises or all %2?</translation>
    </message>
    <message>
        <location filename="../app/gui/home/bundletransfer.cpp" line="209"/>
        <source>&amp;Selected</source>
        <translation>&amp;Selected</translation>
    </message>
    <message>
        <location filename="../app/gui/home/bundletransfer.cpp" line="210"/>
        <source>&amp;All</source>
        <translation>&amp;All</translation>
    </message>
    <message>
        <location filename="../app/gui/home/bundletransfer.cpp" line="224"/>
        <source>DigiLevel bundles (*.dlb)</source>
        <translation>DigiLevel bundles (*.dlb)</translation>
    </message>
    <message>
        <location filename="../app/gui/home/bundletransfer.cpp" line="243"/>
        <source>The selected enterprises have no assessment to export.</source>
        <translation>The selected enterprises have no assessment to export.</translation>
    </message>
    <message>
        <location filename="../app/gui/home/bundletransfer.cpp" line="246"/>
        <source>Export answers</source>
        <translation>Export answers</translation>
    </message>
    <message>
        <location filename="../app/gui/home/bundletransfer.cpp" line="246"/>
        <source>Export assessments</source>
        <translation>Export assessments</translation>
    </message>
    <message>
        <location filename="../app/gui/home/bundletransfer.cpp" line="247"/>
        <source>answers.csv</source>
        <translation>answers.csv</translation>
    </message>
    <message>
        <location filename="../app/gui/home/bundletransfer.cpp" line="247"/>
        <source>assessments.csv</source>
        <translation>assessments.csv</translation>
    </message>
    <message>
        <location filename="../app/gui/home/bundletransfer.cpp" line="248"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
</context>
<context>
    <name>ChartsModule</name>
    <message>
        <location filename="../app/gui/results/chartsloader.cpp" line="64"/>
        <source>The charts module %1 cannot be loaded: %2</source>
        <translation>The charts module %1 cannot be loaded: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/results/chartsloader.cpp" line="72"/>
        <source>The charts module %1 belongs to another version of DigiLevel; reinstall DigiLevel.</source>
        <translation>The charts module %1 belongs to another version of DigiLevel; reinstall DigiLevel.</translation>
    </message>
    <message>
        <location filename="../app/gui/results/chartsloader.cpp" line="84"/>
        <source>The charts module is missing; DigiLevel looked for %1. Reinstall DigiLevel to see the charts.</source>
        <translation>The charts module is missing; DigiLevel looked for %1. Reinstall DigiLevel to see the charts.</translation>
    </message>
    <message>
        <location filename="../app/gui/results/chartsloader.cpp" line="86"/>
        <source> and </source>
        <translation> and </translation>
    </message>
</context>
<context>
    <name>ChoiceEditor</name>
    <message>
        <location filename="../app/gui/questionnaire/answereditor.cpp" line="88"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/answereditor.cpp" line="89"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/answereditor.cpp" line="101"/>
        <source>Enterprise</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/answereditor.cpp" line="102"/>
        <source>Verified</source>
        <translation>Verified</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/answereditor.cpp" line="128"/>
        <source>%1 points</source>
        <translation>%1 points</translation>
    </message>
</context>
<context>
    <name>ComparisonModel</name>
    <message>
        <location filename="../app/gui/results/comparisonmodel.cpp" line="18"/>
        <source>meaning changed — not comparable</source>
        <translation>meaning changed — not comparable</translation>
    </message>
    <message>
        <location filename="../app/gui/results/comparisonmodel.cpp" line="21"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../app/gui/results/comparisonmodel.cpp" line="34"/>
        <source>★ Scenario</source>
        <translation>★ Scenario</translation>
    </message>
    <message>
        <location filename="../app/gui/results/comparisonmodel.cpp" line="34"/>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <location filename="../app/gui/results/comparisonmodel.cpp" line="35"/>
        <location filename="../app/gui/results/comparisonmodel.cpp" line="36"/>
        <source>level %1</source>
        <translation>level %1</translation>
    </message>
    <message>
        <location filename="../app/gui/results/comparisonmodel.cpp" line="86"/>
        <source>This item asks something else in the newer model version, so the two answers cannot be compared and the difference is not counted as progress.</source>
        <translation>This item asks something else in the newer model version, so the two answers cannot be compared and the difference is not counted as progress.</translation>
    </message>
    <message>
        <location filename="../app/gui/results/comparisonmodel.cpp" line="127"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../app/gui/results/comparisonmodel.cpp" line="129"/>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../app/gui/results/comparisonmodel.cpp" line="131"/>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <location filename="../app/gui/results/comparisonmodel.cpp" line="133"/>
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <location filename="../app/gui/results/comparisonmodel.cpp" line="135"/>
        <source>Change</source>
        <translation>Change</translation>
    </message>
</context>
<context>
    <name>ConfirmationBox</name>
    <message>
        <location filename="../app/gui/questionnaire/confirmationbox.cpp" line="13"/>
        <source>Con&amp;firm</source>
        <translation>Con&amp;firm</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/confirmationbox.cpp" line="20"/>
        <source>Keep the value as it is: it has been checked against this version&apos;s question</source>
        <translation>Keep the value as it is: it has been checked against this version&apos;s question</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/confirmationbox.cpp" line="48"/>
        <source>Needs confirmation</source>
        <translation>Needs confirmation</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../app/gui/conflictsdialog.cpp" line="19"/>
        <source>on-site verified</source>
        <translation>on-site verified</translation>
    </message>
    <message>
        <location filename="../app/gui/conflictsdialog.cpp" line="20"/>
        <source>enterprise&apos;s answer</source>
        <translation>enterprise&apos;s answer</translation>
    </message>
    <message>
        <location filename="../app/gui/conflictsdialog.cpp" line="29"/>
        <source>Keep &amp;local value</source>
        <translation>Keep &amp;local value</translation>
    </message>
    <message>
        <location filename="../app/gui/conflictsdialog.cpp" line="30"/>
        <source>Take &amp;incoming value</source>
        <translation>Take &amp;incoming value</translation>
    </message>
    <message>
        <location filename="../app/gui/conflictsdialog.cpp" line="32"/>
        <source>Merge conflicts</source>
        <translation>Merge conflicts</translation>
    </message>
    <message>
        <location filename="../app/gui/conflictsdialog.cpp" line="33"/>
        <source>These answers were changed differently on two machines. The local value stays until you choose; the choice is saved at once.</source>
        <translation>These answers were changed differently on two machines. The local value stays until you choose; the choice is saved at once.</translation>
    </message>
    <message>
        <location filename="../app/gui/conflictsdialog.cpp" line="39"/>
        <source>Enterprise</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <location filename="../app/gui/conflictsdialog.cpp" line="39"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../app/gui/conflictsdialog.cpp" line="39"/>
        <source>Layer</source>
        <translation>Layer</translation>
    </message>
    <message>
        <location filename="../app/gui/conflictsdialog.cpp" line="40"/>
        <source>Local value</source>
        <translation>Local value</translation>
    </message>
    <message>
        <location filename="../app/gui/conflictsdialog.cpp" line="40"/>
        <source>Changed locally</source>
        <translation>Changed locally</translation>
    </message>
    <message>
        <location filename="../app/gui/conflictsdialog.cpp" line="41"/>
        <source>Incoming value</source>
        <translation>Incoming value</translation>
    </message>
    <message>
        <location filename="../app/gui/conflictsdialog.cpp" line="41"/>
        <source>Changed there</source>
        <translation>Changed there</translation>
    </message>
    <message>
        <location filename="../app/gui/conflictsdialog.cpp" line="69"/>
        <source>The conflicts cannot be read.</source>
        <translation>The conflicts cannot be read.</translation>
    </message>
    <message>
        <location filename="../app/gui/conflictsdialog.cpp" line="80"/>
        <location filename="../app/gui/conflictsdialog.cpp" line="82"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../app/gui/conflictsdialog.cpp" line="100"/>
        <source>The conflict could not be resolved.</source>
        <translation>The conflict could not be resolved.</translation>
    </message>
</context>
<context>
    <name>EnterpriseDialog</name>
    <message>
        <location filename="../app/gui/home/enterprisedialog.cpp" line="88"/>
        <source>Enterprise profile</source>
        <translation>Enterprise profile</translation>
    </message>
    <message>
        <location filename="../app/gui/home/enterprisedialog.cpp" line="88"/>
        <source>New enterprise</source>
        <translation>New enterprise</translation>
    </message>
    <message>
        <location filename="../app/gui/home/enterprisedialog.cpp" line="115"/>
        <source>18 characters, e.g. 91330106MA2CF3K8X6</source>
        <translation>18 characters, e.g. 91330106MA2CF3K8X6</translation>
    </message>
    <message>
        <location filename="../app/gui/home/enterprisedialog.cpp" line="119"/>
        <source>GB/T 4754 code, e.g. C34</source>
        <translation>GB/T 4754 code, e.g. C34</translation>
    </message>
    <message>
        <location filename="../app/gui/home/enterprisedialog.cpp" line="123"/>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../app/gui/home/enterprisedialog.cpp" line="124"/>
        <source>Choose from the GB/T 4754-2017 table (F4)</source>
        <translation>Choose from the GB/T 4754-2017 table (F4)</translation>
    </message>
    <message>
        <location filename="../app/gui/home/enterprisedialog.cpp" line="143"/>
        <source>Above designated size (规上企业)</source>
        <translation>Above designated size (规上企业)</translation>
    </message>
    <message>
        <location filename="../app/gui/home/enterprisedialog.cpp" line="157"/>
        <source>Pilot enterprise of the digital transformation programme (试点企业)</source>
        <translation>Pilot enterprise of the digital transformation programme (试点企业)</translation>
    </message>
    <message>
        <location filename="../app/gui/home/enterprisedialog.cpp" line="160"/>
        <source>e.g. 2025年第一批</source>
        <translation>e.g. 2025年第一批</translation>
    </message>
    <message>
        <location filename="../app/gui/home/enterprisedialog.cpp" line="167"/>
        <source>Basic information</source>
        <translation>Basic information</translation>
    </message>
    <message>
        <location filename="../app/gui/home/enterprisedialog.cpp" line="169"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../app/gui/home/enterprisedialog.cpp" line="170"/>
        <source>&amp;Credit code:</source>
        <translation>&amp;Credit code:</translation>
    </message>
    <message>
        <location filename="../app/gui/home/enterprisedialog.cpp" line="174"/>
        <source>&amp;Industry:</source>
        <translation>&amp;Industry:</translation>
    </message>
    <message>
        <location filename="../app/gui/home/enterprisedialog.cpp" line="176"/>
        <source>City:</source>
        <translation>City:</translation>
    </message>
    <message>
        <location filename="../app/gui/home/enterprisedialog.cpp" line="178"/>
        <source>&amp;Province:</source>
        <translation>&amp;Province:</translation>
    </message>
    <message>
        <location filename="../app/gui/home/enterprisedialog.cpp" line="180"/>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../app/gui/home/enterprisedialog.cpp" line="182"/>
        <source>&amp;Employees:</source>
        <translation>&amp;Employees:</translation>
    </message>
    <message>
        <location filename="../app/gui/home/enterprisedialog.cpp" line="183"/>
        <source>&amp;Revenue (10k CNY):</source>
        <translation>&amp;Revenue (10k CNY):</translation>
    </message>
    <message>
        <location filename="../app/gui/home/enterprisedialog.cpp" line="184"/>
        <source>&amp;Assets (10k CNY):</source>
        <translation>&amp;Assets (10k CNY):</translation>
    </message>
    <message>
        <location filename="../app/gui/home/enterprisedialog.cpp" line="185"/>
        <source>Size class:</source>
        <translation>Size class:</translation>
    </message>
    <message>
        <location filename="../app/gui/home/enterprisedialog.cpp" line="187"/>
        <source>&amp;SRDI status:</source>
        <translation>&amp;SRDI status:</translation>
    </message>
    <message>
        <location filename="../app/gui/home/enterprisedialog.cpp" line="189"/>
        <source>Pilot &amp;batch:</source>
        <translation>Pilot &amp;batch:</translation>
    </message>
    <message>
        <location filename="../app/gui/home/enterprisedialog.cpp" line="191"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../app/gui/home/enterprisedialog.cpp" line="193"/>
        <source>C&amp;ontact person:</source>
        <translation>C&amp;ontact person:</translation>
    </message>
    <message>
        <location filename="../app/gui/home/enterprisedialog.cpp" line="194"/>
        <source>P&amp;hone:</source>
        <translation>P&amp;hone:</translation>
    </message>
    <message>
        <location filename="../app/gui/home/enterprisedialog.cpp" line="195"/>
        <source>E&amp;mail:</source>
        <translation>E&amp;mail:</translation>
    </message>
    <message>
        <location filename="../app/gui/home/enterprisedialog.cpp" line="199"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../app/gui/home/enterprisedialog.cpp" line="285"/>
        <source>The enterprise&apos;s registered name is required.</source>
        <translation>The enterprise&apos;s registered name is required.</translation>
    </message>
    <message>
        <location filename="../app/gui/home/enterprisedialog.cpp" line="306"/>
        <source>%1 of %2 characters</source>
        <translation>%1 of %2 characters</translation>
    </message>
    <message>
        <location filename="../app/gui/home/enterprisedialog.cpp" line="312"/>
        <source>Check character correct.</source>
        <translation>Check character correct.</translation>
    </message>
    <message>
        <location filename="../app/gui/home/enterprisedialog.cpp" line="318"/>
        <source>Needed for the size class and the industry additions.</source>
        <translation>Needed for the size class and the industry additions.</translation>
    </message>
    <message>
        <location filename="../app/gui/home/enterprisedialog.cpp" line="322"/>
        <source>Not a GB/T 4754-2017 section or division; expected e.g. C or C34.</source>
        <translation>Not a GB/T 4754-2017 section or division; expected e.g. C or C34.</translation>
    </message>
    <message>
        <location filename="../app/gui/home/enterprisedialog.cpp" line="332"/>
        <source>Amounts are numbers of 10k CNY, e.g. 1250.5.</source>
        <translation>Amounts are numbers of 10k CNY, e.g. 1250.5.</translation>
    </message>
    <message>
        <location filename="../app/gui/home/enterprisedialog.cpp" line="344"/>
        <source>Derived from the industry and the figures above.</source>
        <translation>Derived from the industry and the figures above.</translation>
    </message>
    <message>
        <location filename="../app/gui/home/enterprisedialog.cpp" line="358"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2</translation>
    </message>
    <message>
        <location filename="../app/gui/home/enterprisedialog.cpp" line="404"/>
        <source>Already registered to %1 (id %2).</source>
        <translation>Already registered to %1 (id %2).</translation>
    </message>
    <message>
        <location filename="../app/gui/home/enterprisedialog.cpp" line="411"/>
        <source>The enterprise could not be saved.</source>
        <translation>The enterprise could not be saved.</translation>
    </message>
</context>
<context>
    <name>EnterpriseListPanel</name>
    <message>
        <location filename="../app/gui/home/enterpriselistpanel.cpp" line="44"/>
        <source>Search name, credit code, industry or region (Ctrl+F)</source>
        <translation>Search name, credit code, industry or region (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../app/gui/home/enterpriselistpanel.cpp" line="59"/>
        <source>All levels</source>
        <translation>All levels</translation>
    </message>
    <message>
        <location filename="../app/gui/home/enterpriselistpanel.cpp" line="60"/>
        <source>Not scored</source>
        <translation>Not scored</translation>
    </message>
    <message>
        <location filename="../app/gui/home/enterpriselistpanel.cpp" line="77"/>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../app/gui/home/enterpriselistpanel.cpp" line="78"/>
        <source>No assessment</source>
        <translation>No assessment</translation>
    </message>
    <message>
        <location filename="../app/gui/home/enterpriselistpanel.cpp" line="96"/>
        <source>Show all</source>
        <translation>Show all</translation>
    </message>
    <message>
        <location filename="../app/gui/home/enterpriselistpanel.cpp" line="97"/>
        <source>Show every enterprise again</source>
        <translation>Show every enterprise again</translation>
    </message>
    <message>
        <location filename="../app/gui/home/enterpriselistpanel.cpp" line="231"/>
        <source>%1 of %2 enterprises</source>
        <translation>%1 of %2 enterprises</translation>
    </message>
    <message>
        <location filename="../app/gui/home/enterpriselistpanel.cpp" line="234"/>
        <source>%1 · %2 selected</source>
        <translation>%1 · %2 selected</translation>
    </message>
    <message>
        <location filename="../app/gui/home/enterpriselistpanel.cpp" line="249"/>
        <source>Loading %1 enterprises…</source>
        <translation>Loading %1 enterprises…</translation>
    </message>
</context>
<context>
    <name>EnterpriseTableModel</name>
    <message>
        <location filename="../app/gui/home/enterprisetablemodel.cpp" line="363"/>
        <location filename="../app/gui/home/enterprisetablemodel.cpp" line="445"/>
        <source>Pilot</source>
        <translation>Pilot</translation>
    </message>
    <message>
        <location filename="../app/gui/home/enterprisetablemodel.cpp" line="369"/>
        <source>Not scored</source>
        <translation>Not scored</translation>
    </message>
    <message>
        <location filename="../app/gui/home/enterprisetablemodel.cpp" line="371"/>
        <source>%1 (not official)</source>
        <translation>%1 (not official)</translation>
    </message>
    <message>
        <location filename="../app/gui/home/enterprisetablemodel.cpp" line="401"/>
        <source>From the verified answers (on-site verification)</source>
        <translation>From the verified answers (on-site verification)</translation>
    </message>
    <message>
        <location filename="../app/gui/home/enterprisetablemodel.cpp" line="402"/>
        <source>From the enterprise&apos;s own answers (self-assessment)</source>
        <translation>From the enterprise&apos;s own answers (self-assessment)</translation>
    </message>
    <message>
        <location filename="../app/gui/home/enterprisetablemodel.cpp" line="404"/>
        <source>%1 of %2 questions answered</source>
        <translation>%1 of %2 questions answered</translation>
    </message>
    <message>
        <location filename="../app/gui/home/enterprisetablemodel.cpp" line="433"/>
        <source>Enterprise name</source>
        <translation>Enterprise name</translation>
    </message>
    <message>
        <location filename="../app/gui/home/enterprisetablemodel.cpp" line="435"/>
        <source>Credit code</source>
        <translation>Credit code</translation>
    </message>
    <message>
        <location filename="../app/gui/home/enterprisetablemodel.cpp" line="437"/>
        <source>Industry</source>
        <translation>Industry</translation>
    </message>
    <message>
        <location filename="../app/gui/home/enterprisetablemodel.cpp" line="439"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../app/gui/home/enterprisetablemodel.cpp" line="441"/>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../app/gui/home/enterprisetablemodel.cpp" line="443"/>
        <source>SRDI</source>
        <translation>SRDI</translation>
    </message>
    <message>
        <location filename="../app/gui/home/enterprisetablemodel.cpp" line="447"/>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../app/gui/home/enterprisetablemodel.cpp" line="449"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/gui/home/enterprisetablemodel.cpp" line="451"/>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../app/gui/home/enterprisetablemodel.cpp" line="453"/>
        <source>Base score</source>
        <translation>Base score</translation>
    </message>
    <message>
        <location filename="../app/gui/home/enterprisetablemodel.cpp" line="455"/>
        <source>Answered</source>
        <translation>Answered</translation>
    </message>
    <message>
        <location filename="../app/gui/home/enterprisetablemodel.cpp" line="457"/>
        <source>Last change</source>
        <translation>Last change</translation>
    </message>
</context>
<context>
    <name>EvidenceCopy</name>
    <message>
        <location filename="../app/gui/questionnaire/evidencecopy.cpp" line="175"/>
        <source>Could not make a folder for the file in %1.</source>
        <translation>Could not make a folder for the file in %1.</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/evidencecopy.cpp" line="182"/>
        <location filename="../app/gui/questionnaire/evidencecopy.cpp" line="189"/>
        <source>Could not write %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <location filename="../app/gui/questionnaire/evidencepanel.cpp" line="47"/>
        <source>No files attached yet.</source>
        <translation>No files attached yet.</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/evidencepanel.cpp" line="49"/>
        <source>&amp;Attach file…</source>
        <translation>&amp;Attach file…</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/evidencepanel.cpp" line="50"/>
        <source>Op&amp;en</source>
        <translation>Op&amp;en</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/evidencepanel.cpp" line="51"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/evidencepanel.cpp" line="61"/>
        <source>The model lists no evidence for this question.</source>
        <translation>The model lists no evidence for this question.</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/evidencepanel.cpp" line="81"/>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/evidencepanel.cpp" line="86"/>
        <source>Evidence to check</source>
        <translation>Evidence to check</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/evidencepanel.cpp" line="88"/>
        <source>Attached files</source>
        <translation>Attached files</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/evidencepanel.cpp" line="165"/>
        <source>Could not store the tick</source>
        <translation>Could not store the tick</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/evidencepanel.cpp" line="176"/>
        <source>Assessor&apos;s &amp;note</source>
        <translation>Assessor&apos;s &amp;note</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/evidencepanel.cpp" line="176"/>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/evidencepanel.cpp" line="177"/>
        <source>What you saw on site, and why the answer differs…</source>
        <translation>What you saw on site, and why the answer differs…</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/evidencepanel.cpp" line="178"/>
        <source>Anything the assessor should know about this answer…</source>
        <translation>Anything the assessor should know about this answer…</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/evidencepanel.cpp" line="199"/>
        <source>Enterprise&apos;s note: %1</source>
        <translation>Enterprise&apos;s note: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/evidencepanel.cpp" line="217"/>
        <source>A constrained scenario (约束性): levels count it among the constrained scenarios they require.</source>
        <translation>A constrained scenario (约束性): levels count it among the constrained scenarios they require.</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/evidencepanel.cpp" line="219"/>
        <source>A guiding scenario (指导性).</source>
        <translation>A guiding scenario (指导性).</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/evidencepanel.cpp" line="220"/>
        <source>Choose the highest level whose description fully matches what the enterprise does today; levels build on each other.</source>
        <translation>Choose the highest level whose description fully matches what the enterprise does today; levels build on each other.</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/evidencepanel.cpp" line="226"/>
        <source>To reach %1:</source>
        <translation>To reach %1:</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/evidencepanel.cpp" line="245"/>
        <source>How to score higher:</source>
        <translation>How to score higher:</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/evidencepanel.cpp" line="261"/>
        <source>%1
SHA-256 %2
Added %3 by %4</source>
        <translation>%1
SHA-256 %2
Added %3 by %4</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/evidencepanel.cpp" line="271"/>
        <location filename="../app/gui/questionnaire/evidencepanel.cpp" line="282"/>
        <location filename="../app/gui/questionnaire/evidencepanel.cpp" line="289"/>
        <source>Attach evidence</source>
        <translation>Attach evidence</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/evidencepanel.cpp" line="283"/>
        <source>%1 is larger than 200 MB. Attach a smaller file, or describe where it is kept in the note.</source>
        <translation>%1 is larger than 200 MB. Attach a smaller file, or describe where it is kept in the note.</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/evidencepanel.cpp" line="290"/>
        <source>Could not read %1: %2</source>
        <translation>Could not read %1: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/evidencepanel.cpp" line="299"/>
        <source>Could not attach the file</source>
        <translation>Could not attach the file</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/evidencepanel.cpp" line="314"/>
        <source>Could not open the file</source>
        <translation>Could not open the file</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/evidencepanel.cpp" line="327"/>
        <location filename="../app/gui/questionnaire/evidencepanel.cpp" line="344"/>
        <source>Open evidence</source>
        <translation>Open evidence</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/evidencepanel.cpp" line="345"/>
        <source>%1 may be a program or a script, so DigiLevel does not open it. Its folder is shown instead; check the file before you open it yourself.</source>
        <translation>%1 may be a program or a script, so DigiLevel does not open it. Its folder is shown instead; check the file before you open it yourself.</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/evidencepanel.cpp" line="367"/>
        <source>Could not store the note</source>
        <translation>Could not store the note</translation>
    </message>
</context>
<context>
    <name>FigureEditor</name>
    <message>
        <location filename="../app/gui/questionnaire/figureeditor.cpp" line="55"/>
        <source>Enterprise</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/figureeditor.cpp" line="56"/>
        <source>Verified</source>
        <translation>Verified</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/figureeditor.cpp" line="79"/>
        <source>not verified</source>
        <translation>not verified</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/figureeditor.cpp" line="79"/>
        <source>not entered</source>
        <translation>not entered</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/figureeditor.cpp" line="115"/>
        <source>Or choose the change directly (higher is better):</source>
        <translation>Or choose the change directly (higher is better):</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/figureeditor.cpp" line="116"/>
        <source>Or choose the change directly (lower is better):</source>
        <translation>Or choose the change directly (lower is better):</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/figureeditor.cpp" line="122"/>
        <source>Worse</source>
        <translation>Worse</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/figureeditor.cpp" line="122"/>
        <source>Same</source>
        <translation>Same</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/figureeditor.cpp" line="122"/>
        <source>Better</source>
        <translation>Better</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/figureeditor.cpp" line="161"/>
        <source>%1 points</source>
        <translation>%1 points</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/figureeditor.cpp" line="179"/>
        <source>Not a number: type digits with at most one decimal point, such as 120 or 97.5 (up to 6 decimals).</source>
        <translation>Not a number: type digits with at most one decimal point, such as 120 or 97.5 (up to 6 decimals).</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/figureeditor.cpp" line="185"/>
        <source>Enter a whole number, 0 or more.</source>
        <translation>Enter a whole number, 0 or more.</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/figureeditor.cpp" line="188"/>
        <source>Enter an amount of 0 or more.</source>
        <translation>Enter an amount of 0 or more.</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/figureeditor.cpp" line="191"/>
        <source>Enter a percentage from 0 to 100.</source>
        <translation>Enter a percentage from 0 to 100.</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/figureeditor.cpp" line="194"/>
        <source>Enter a number.</source>
        <translation>Enter a number.</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/figureeditor.cpp" line="278"/>
        <source>Enter both years&apos; figures, or choose the change directly below.</source>
        <translation>Enter both years&apos; figures, or choose the change directly below.</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/figureeditor.cpp" line="281"/>
        <source>rose</source>
        <translation>rose</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/figureeditor.cpp" line="281"/>
        <source>fell</source>
        <translation>fell</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/figureeditor.cpp" line="281"/>
        <source>unchanged</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/figureeditor.cpp" line="282"/>
        <source>worse</source>
        <translation>worse</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/figureeditor.cpp" line="282"/>
        <source>same</source>
        <translation>same</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/figureeditor.cpp" line="282"/>
        <source>better</source>
        <translation>better</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/figureeditor.cpp" line="283"/>
        <source>From the figures: %1, which counts as %2 — %3</source>
        <translation>From the figures: %1, which counts as %2 — %3</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/figureeditor.cpp" line="288"/>
        <source>Enter both figures to work out the share.</source>
        <translation>Enter both figures to work out the share.</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/figureeditor.cpp" line="289"/>
        <source>Enter the figure to find its band.</source>
        <translation>Enter the figure to find its band.</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/figureeditor.cpp" line="293"/>
        <source>%1 (%2) cannot be more than %3 (%4): the part cannot exceed the whole.</source>
        <translation>%1 (%2) cannot be more than %3 (%4): the part cannot exceed the whole.</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/figureeditor.cpp" line="298"/>
        <source>%1 is outside the range this item accepts, %2.</source>
        <translation>%1 is outside the range this item accepts, %2.</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/figureeditor.cpp" line="306"/>
        <source>Share: %1 % — band %2 — %3</source>
        <translation>Share: %1 % — band %2 — %3</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/figureeditor.cpp" line="307"/>
        <source>Value: %1 — band %2 — %3</source>
        <translation>Value: %1 — band %2 — %3</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/figureeditor.cpp" line="324"/>
        <source>Bands: %1</source>
        <translation>Bands: %1</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../app/gui/results/historymodel.cpp" line="98"/>
        <source>not scored</source>
        <translation>not scored</translation>
    </message>
    <message>
        <location filename="../app/gui/results/historymodel.cpp" line="108"/>
        <source>%1 (version %2)</source>
        <translation>%1 (version %2)</translation>
    </message>
    <message>
        <location filename="../app/gui/results/historymodel.cpp" line="128"/>
        <source>%1, upgraded from the assessment of %2</source>
        <translation>%1, upgraded from the assessment of %2</translation>
    </message>
    <message>
        <location filename="../app/gui/results/historymodel.cpp" line="145"/>
        <source>%1 (upgraded)</source>
        <translation>%1 (upgraded)</translation>
    </message>
    <message>
        <location filename="../app/gui/results/historymodel.cpp" line="161"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../app/gui/results/historymodel.cpp" line="174"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../app/gui/results/historymodel.cpp" line="176"/>
        <source>Model version</source>
        <translation>Model version</translation>
    </message>
    <message>
        <location filename="../app/gui/results/historymodel.cpp" line="178"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/gui/results/historymodel.cpp" line="180"/>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../app/gui/results/historymodel.cpp" line="182"/>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location filename="../app/gui/results/historymodel.cpp" line="184"/>
        <source>Assessor</source>
        <translation>Assessor</translation>
    </message>
    <message>
        <location filename="../app/gui/results/historymodel.cpp" line="186"/>
        <source>Answers</source>
        <translation>Answers</translation>
    </message>
    <message>
        <location filename="../app/gui/results/historymodel.cpp" line="188"/>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../app/gui/results/historymodel.cpp" line="190"/>
        <source>Base score</source>
        <translation>Base score</translation>
    </message>
    <message>
        <location filename="../app/gui/results/historymodel.cpp" line="192"/>
        <source>Answered</source>
        <translation>Answered</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <location filename="../app/gui/results/historypage.cpp" line="58"/>
        <source>No enterprise is open.</source>
        <translation>No enterprise is open.</translation>
    </message>
    <message>
        <location filename="../app/gui/results/historypage.cpp" line="65"/>
        <source>&amp;Back to the enterprise list</source>
        <translation>&amp;Back to the enterprise list</translation>
    </message>
    <message>
        <location filename="../app/gui/results/historypage.cpp" line="85"/>
        <source>Select one assessment to compare it with the one before, or two to compare them. Double-click to open the results.</source>
        <translation>Select one assessment to compare it with the one before, or two to compare them. Double-click to open the results.</translation>
    </message>
    <message>
        <location filename="../app/gui/results/historypage.cpp" line="90"/>
        <source>&amp;Open results</source>
        <translation>&amp;Open results</translation>
    </message>
    <message>
        <location filename="../app/gui/results/historypage.cpp" line="97"/>
        <source>P&amp;hase:</source>
        <translation>P&amp;hase:</translation>
    </message>
    <message>
        <location filename="../app/gui/results/historypage.cpp" line="105"/>
        <source>改造前 (before the transformation), 改造后 (after it) or 复评 (follow-up) of the selected assessment</source>
        <translation>改造前 (before the transformation), 改造后 (after it) or 复评 (follow-up) of the selected assessment</translation>
    </message>
    <message>
        <location filename="../app/gui/results/historypage.cpp" line="144"/>
        <source>Comparison</source>
        <translation>Comparison</translation>
    </message>
    <message>
        <location filename="../app/gui/results/historypage.cpp" line="151"/>
        <source>Answers compared:</source>
        <translation>Answers compared:</translation>
    </message>
    <message>
        <location filename="../app/gui/results/historypage.cpp" line="156"/>
        <source>The verified view uses the assessor&apos;s answers where there are any and the enterprise&apos;s own answers elsewhere.</source>
        <translation>The verified view uses the assessor&apos;s answers where there are any and the enterprise&apos;s own answers elsewhere.</translation>
    </message>
    <message>
        <location filename="../app/gui/results/historypage.cpp" line="163"/>
        <source>Level:</source>
        <translation>Level:</translation>
    </message>
    <message>
        <location filename="../app/gui/results/historypage.cpp" line="168"/>
        <source>Base score:</source>
        <translation>Base score:</translation>
    </message>
    <message>
        <location filename="../app/gui/results/historypage.cpp" line="238"/>
        <source>The assessments could not be read.</source>
        <translation>The assessments could not be read.</translation>
    </message>
    <message>
        <location filename="../app/gui/results/historypage.cpp" line="253"/>
        <source>Enterprise not found</source>
        <translation>Enterprise not found</translation>
    </message>
    <message>
        <location filename="../app/gui/results/historypage.cpp" line="263"/>
        <source>Credit code</source>
        <translation>Credit code</translation>
    </message>
    <message>
        <location filename="../app/gui/results/historypage.cpp" line="264"/>
        <source>Industry</source>
        <translation>Industry</translation>
    </message>
    <message>
        <location filename="../app/gui/results/historypage.cpp" line="265"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../app/gui/results/historypage.cpp" line="266"/>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../app/gui/results/historypage.cpp" line="267"/>
        <source>, above designated size (规上)</source>
        <translation>, above designated size (规上)</translation>
    </message>
    <message>
        <location filename="../app/gui/results/historypage.cpp" line="268"/>
        <source>Employees</source>
        <translation>Employees</translation>
    </message>
    <message>
        <location filename="../app/gui/results/historypage.cpp" line="269"/>
        <source>Revenue (10k CNY)</source>
        <translation>Revenue (10k CNY)</translation>
    </message>
    <message>
        <location filename="../app/gui/results/historypage.cpp" line="270"/>
        <source>Specialised SME (专精特新)</source>
        <translation>Specialised SME (专精特新)</translation>
    </message>
    <message>
        <location filename="../app/gui/results/historypage.cpp" line="271"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../app/gui/results/historypage.cpp" line="287"/>
        <source>Base score over time</source>
        <translation>Base score over time</translation>
    </message>
    <message>
        <location filename="../app/gui/results/historypage.cpp" line="330"/>
        <source>The phase could not be changed</source>
        <translation>The phase could not be changed</translation>
    </message>
    <message>
        <location filename="../app/gui/results/historypage.cpp" line="359"/>
        <source>This is the first assessment; there is nothing before it.</source>
        <translation>This is the first assessment; there is nothing before it.</translation>
    </message>
    <message>
        <location filename="../app/gui/results/historypage.cpp" line="360"/>
        <source>Select two assessments to compare them.</source>
        <translation>Select two assessments to compare them.</translation>
    </message>
    <message>
        <location filename="../app/gui/results/historypage.cpp" line="368"/>
        <source>The assessments could not be loaded:
%1</source>
        <translation>The assessments could not be loaded:
%1</translation>
    </message>
    <message>
        <location filename="../app/gui/results/historypage.cpp" line="378"/>
        <source>From %1 (%2) to %3 (%4)</source>
        <translation>From %1 (%2) to %3 (%4)</translation>
    </message>
    <message>
        <location filename="../app/gui/results/historypage.cpp" line="382"/>
        <source>The two assessments use different model versions; items are compared by id.</source>
        <translation>The two assessments use different model versions; items are compared by id.</translation>
    </message>
    <message>
        <location filename="../app/gui/results/historypage.cpp" line="393"/>
        <location filename="../app/gui/results/historypage.cpp" line="402"/>
        <source>%1 → %2 (%3)</source>
        <translation>%1 → %2 (%3)</translation>
    </message>
    <message>
        <location filename="../app/gui/results/historypage.cpp" line="410"/>
        <source>comparable items: %1 → %2 (%3)</source>
        <translation>comparable items: %1 → %2 (%3)</translation>
    </message>
    <message>
        <location filename="../app/gui/results/historypage.cpp" line="414"/>
        <source>%1 improved, %2 worsened</source>
        <translation>%1 improved, %2 worsened</translation>
    </message>
    <message>
        <location filename="../app/gui/results/historypage.cpp" line="420"/>
        <source>Meaning changed between the versions, not comparable and not counted: %1</source>
        <translation>Meaning changed between the versions, not comparable and not counted: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/results/historypage.cpp" line="421"/>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>HomeLabels</name>
    <message>
        <location filename="../app/gui/home/homelabels.cpp" line="25"/>
        <source>No assessment</source>
        <translation>No assessment</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../app/gui/home/homepage.cpp" line="112"/>
        <source>&amp;New enterprise…</source>
        <translation>&amp;New enterprise…</translation>
    </message>
    <message>
        <location filename="../app/gui/home/homepage.cpp" line="114"/>
        <source>&amp;Edit profile…</source>
        <translation>&amp;Edit profile…</translation>
    </message>
    <message>
        <location filename="../app/gui/home/homepage.cpp" line="116"/>
        <source>New &amp;assessment…</source>
        <translation>New &amp;assessment…</translation>
    </message>
    <message>
        <location filename="../app/gui/home/homepage.cpp" line="117"/>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <location filename="../app/gui/home/homepage.cpp" line="118"/>
        <source>&amp;Continue questionnaire</source>
        <translation>&amp;Continue questionnaire</translation>
    </message>
    <message>
        <location filename="../app/gui/home/homepage.cpp" line="120"/>
        <source>Open the latest assessment (Enter or double click)</source>
        <translation>Open the latest assessment (Enter or double click)</translation>
    </message>
    <message>
        <location filename="../app/gui/home/homepage.cpp" line="121"/>
        <source>&amp;Verify on site</source>
        <translation>&amp;Verify on site</translation>
    </message>
    <message>
        <location filename="../app/gui/home/homepage.cpp" line="122"/>
        <source>Ctrl+Shift+V</source>
        <translation>Ctrl+Shift+V</translation>
    </message>
    <message>
        <location filename="../app/gui/home/homepage.cpp" line="123"/>
        <source>&amp;Results</source>
        <translation>&amp;Results</translation>
    </message>
    <message>
        <location filename="../app/gui/home/homepage.cpp" line="123"/>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <location filename="../app/gui/home/homepage.cpp" line="125"/>
        <source>&amp;History</source>
        <translation>&amp;History</translation>
    </message>
    <message>
        <location filename="../app/gui/home/homepage.cpp" line="125"/>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <location filename="../app/gui/home/homepage.cpp" line="127"/>
        <source>&amp;Upgrade to the new model version…</source>
        <translation>&amp;Upgrade to the new model version…</translation>
    </message>
    <message>
        <location filename="../app/gui/home/homepage.cpp" line="129"/>
        <source>Carry the latest assessment&apos;s answers over to a new assessment on the model version this program brings; the old one stays as it is</source>
        <translation>Carry the latest assessment&apos;s answers over to a new assessment on the model version this program brings; the old one stays as it is</translation>
    </message>
    <message>
        <location filename="../app/gui/home/homepage.cpp" line="131"/>
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <location filename="../app/gui/home/homepage.cpp" line="132"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <location filename="../app/gui/home/homepage.cpp" line="133"/>
        <source>New enterprise (Ctrl+N)</source>
        <translation>New enterprise (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../app/gui/home/homepage.cpp" line="134"/>
        <source>Import a bundle from another computer (Ctrl+I)</source>
        <translation>Import a bundle from another computer (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../app/gui/home/homepage.cpp" line="135"/>
        <source>Export the selected enterprises as a bundle (Ctrl+E)</source>
        <translation>Export the selected enterprises as a bundle (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../app/gui/home/homepage.cpp" line="137"/>
        <source>Bundle for another computer (.dlb)…</source>
        <translation>Bundle for another computer (.dlb)…</translation>
    </message>
    <message>
        <location filename="../app/gui/home/homepage.cpp" line="138"/>
        <source>Assessments as CSV…</source>
        <translation>Assessments as CSV…</translation>
    </message>
    <message>
        <location filename="../app/gui/home/homepage.cpp" line="139"/>
        <source>Answers as CSV…</source>
        <translation>Answers as CSV…</translation>
    </message>
    <message>
        <location filename="../app/gui/home/homepage.cpp" line="140"/>
        <source>PDF reports…</source>
        <translation>PDF reports…</translation>
    </message>
    <message>
        <location filename="../app/gui/home/homepage.cpp" line="179"/>
        <source>The enterprise list could not be read: %1</source>
        <translation>The enterprise list could not be read: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/home/homepage.cpp" line="228"/>
        <source>The enterprise could not be read.</source>
        <translation>The enterprise could not be read.</translation>
    </message>
    <message>
        <location filename="../app/gui/home/homepage.cpp" line="283"/>
        <source>Upgraded to the new model version; answers to check are marked “Needs confirmation” in the questionnaire.</source>
        <translation>Upgraded to the new model version; answers to check are marked “Needs confirmation” in the questionnaire.</translation>
    </message>
    <message>
        <location filename="../app/gui/home/homepage.cpp" line="292"/>
        <source>The example enterprise could not be added.</source>
        <translation>The example enterprise could not be added.</translation>
    </message>
</context>
<context>
    <name>ImportChangesModel</name>
    <message>
        <location filename="../app/gui/questionnaire/importpreviewmodel.cpp" line="68"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/importpreviewmodel.cpp" line="81"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/importpreviewmodel.cpp" line="114"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/importpreviewmodel.cpp" line="116"/>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/importpreviewmodel.cpp" line="118"/>
        <source>From the workbook</source>
        <translation>From the workbook</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/importpreviewmodel.cpp" line="120"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../app/gui/questionnaire/importpreviewdialog.cpp" line="43"/>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/importpreviewdialog.cpp" line="45"/>
        <source>Import questionnaire workbook</source>
        <translation>Import questionnaire workbook</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/importpreviewdialog.cpp" line="54"/>
        <source>Workbook: %1</source>
        <translation>Workbook: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/importpreviewdialog.cpp" line="67"/>
        <source>Tick &amp;all</source>
        <translation>Tick &amp;all</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/importpreviewdialog.cpp" line="68"/>
        <source>Untick a&amp;ll</source>
        <translation>Untick a&amp;ll</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/importpreviewdialog.cpp" line="79"/>
        <source>Problems in the workbook:</source>
        <translation>Problems in the workbook:</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/importpreviewdialog.cpp" line="115"/>
        <source>Problems in the workbook: %1. Nothing is imported while any remain: correct the workbook and import it again.</source>
        <translation>Problems in the workbook: %1. Nothing is imported while any remain: correct the workbook and import it again.</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/importpreviewdialog.cpp" line="119"/>
        <source>The workbook changes no answers.</source>
        <translation>The workbook changes no answers.</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/importpreviewdialog.cpp" line="121"/>
        <source>Changes ticked: %1 of %2. Untick those that are not to be taken over; nothing is stored before you choose Import.</source>
        <translation>Changes ticked: %1 of %2. Untick those that are not to be taken over; nothing is stored before you choose Import.</translation>
    </message>
</context>
<context>
    <name>ImportProblemsModel</name>
    <message>
        <location filename="../app/gui/questionnaire/importpreviewmodel.cpp" line="183"/>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/importpreviewmodel.cpp" line="185"/>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/importpreviewmodel.cpp" line="187"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/importpreviewmodel.cpp" line="189"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <location filename="../app/gui/home/importreportdialog.cpp" line="66"/>
        <source>Import report</source>
        <translation>Import report</translation>
    </message>
    <message>
        <location filename="../app/gui/home/importreportdialog.cpp" line="46"/>
        <source>&lt;b&gt;Imported %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Imported %1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/home/importreportdialog.cpp" line="58"/>
        <source>&lt;b&gt;Imported %1 of %2 bundles&lt;/b&gt;</source>
        <translation>&lt;b&gt;Imported %1 of %2 bundles&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/home/importreportdialog.cpp" line="72"/>
        <source>Bundle</source>
        <translation>Bundle</translation>
    </message>
    <message>
        <location filename="../app/gui/home/importreportdialog.cpp" line="72"/>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../app/gui/home/importreportdialog.cpp" line="85"/>
        <source>Together:</source>
        <translation>Together:</translation>
    </message>
    <message>
        <location filename="../app/gui/home/importreportdialog.cpp" line="95"/>
        <source>These answers were changed differently here and on the other computer. Nothing was overwritten: the local answer stays in force and both values are kept until the conflict is resolved (File ▸ Resolve merge conflicts).</source>
        <translation>These answers were changed differently here and on the other computer. Nothing was overwritten: the local answer stays in force and both values are kept until the conflict is resolved (File ▸ Resolve merge conflicts).</translation>
    </message>
    <message>
        <location filename="../app/gui/home/importreportdialog.cpp" line="104"/>
        <source>Enterprise name</source>
        <translation>Enterprise name</translation>
    </message>
    <message>
        <location filename="../app/gui/home/importreportdialog.cpp" line="104"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../app/gui/home/importreportdialog.cpp" line="104"/>
        <source>Layer</source>
        <translation>Layer</translation>
    </message>
    <message>
        <location filename="../app/gui/home/importreportdialog.cpp" line="104"/>
        <source>Here</source>
        <translation>Here</translation>
    </message>
    <message>
        <location filename="../app/gui/home/importreportdialog.cpp" line="104"/>
        <source>Incoming</source>
        <translation>Incoming</translation>
    </message>
    <message>
        <location filename="../app/gui/home/importreportdialog.cpp" line="111"/>
        <location filename="../app/gui/home/importreportdialog.cpp" line="114"/>
        <source>%1
%2, %3</source>
        <translation>%1
%2, %3</translation>
    </message>
    <message>
        <location filename="../app/gui/home/importreportdialog.cpp" line="118"/>
        <source>On-site verified</source>
        <translation>On-site verified</translation>
    </message>
    <message>
        <location filename="../app/gui/home/importreportdialog.cpp" line="119"/>
        <source>Self-assessed</source>
        <translation>Self-assessed</translation>
    </message>
    <message>
        <location filename="../app/gui/home/importreportdialog.cpp" line="159"/>
        <source>%1 enterprises and %2 assessments added, %3 conflicts</source>
        <translation>%1 enterprises and %2 assessments added, %3 conflicts</translation>
    </message>
    <message>
        <location filename="../app/gui/home/importreportdialog.cpp" line="168"/>
        <source>Enterprises: %1 added, %2 already here (%3 of them updated).</source>
        <translation>Enterprises: %1 added, %2 already here (%3 of them updated).</translation>
    </message>
    <message>
        <location filename="../app/gui/home/importreportdialog.cpp" line="172"/>
        <source>Assessments: %1 added, %2 already here.</source>
        <translation>Assessments: %1 added, %2 already here.</translation>
    </message>
    <message>
        <location filename="../app/gui/home/importreportdialog.cpp" line="175"/>
        <source>Answers: %1 added, %2 updated, %3 unchanged.</source>
        <translation>Answers: %1 added, %2 updated, %3 unchanged.</translation>
    </message>
    <message>
        <location filename="../app/gui/home/importreportdialog.cpp" line="179"/>
        <source>Evidence files: %1 added.</source>
        <translation>Evidence files: %1 added.</translation>
    </message>
    <message>
        <location filename="../app/gui/home/importreportdialog.cpp" line="180"/>
        <source>No conflicts.</source>
        <translation>No conflicts.</translation>
    </message>
    <message>
        <location filename="../app/gui/home/importreportdialog.cpp" line="181"/>
        <source>Conflicts: %1.</source>
        <translation>Conflicts: %1.</translation>
    </message>
    <message>
        <location filename="../app/gui/home/importreportdialog.cpp" line="195"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/gui/home/importreportdialog.cpp" line="201"/>
        <source>(no answer)</source>
        <translation>(no answer)</translation>
    </message>
    <message>
        <location filename="../app/gui/home/importreportdialog.cpp" line="204"/>
        <source>rated %1</source>
        <translation>rated %1</translation>
    </message>
    <message>
        <location filename="../app/gui/home/importreportdialog.cpp" line="219"/>
        <source>; </source>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>IndustryPickerDialog</name>
    <message>
        <location filename="../app/gui/home/industrypickerdialog.cpp" line="43"/>
        <source>Choose the industry</source>
        <translation>Choose the industry</translation>
    </message>
    <message>
        <location filename="../app/gui/home/industrypickerdialog.cpp" line="45"/>
        <source>Code or name, e.g. 34 or 机械 or machinery</source>
        <translation>Code or name, e.g. 34 or 机械 or machinery</translation>
    </message>
    <message>
        <location filename="../app/gui/home/industrypickerdialog.cpp" line="49"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../app/gui/home/industrypickerdialog.cpp" line="49"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../app/gui/home/industrypickerdialog.cpp" line="89"/>
        <source>GB/T 4754-2017: sections (门类) with their divisions (大类). Choose the division where you can.</source>
        <translation>GB/T 4754-2017: sections (门类) with their divisions (大类). Choose the division where you can.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="32"/>
        <source>DigiLevel — SME digital level self-assessment</source>
        <translation>DigiLevel — SME digital level self-assessment</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="116"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="117"/>
        <source>&amp;New enterprise…</source>
        <translation>&amp;New enterprise…</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="119"/>
        <source>&amp;Import bundle…</source>
        <translation>&amp;Import bundle…</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="119"/>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="121"/>
        <source>&amp;Export bundle…</source>
        <translation>&amp;Export bundle…</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="121"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="123"/>
        <source>&amp;PDF reports…</source>
        <translation>&amp;PDF reports…</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="124"/>
        <source>Resolve merge &amp;conflicts…</source>
        <translation>Resolve merge &amp;conflicts…</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="129"/>
        <source>S&amp;ynchronise with the team server</source>
        <translation>S&amp;ynchronise with the team server</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="129"/>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="133"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="135"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="137"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="138"/>
        <source>&amp;Enterprises</source>
        <translation>&amp;Enterprises</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="138"/>
        <source>Alt+1</source>
        <translation>Alt+1</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="140"/>
        <source>&amp;Questionnaire</source>
        <translation>&amp;Questionnaire</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="140"/>
        <source>Alt+2</source>
        <translation>Alt+2</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="142"/>
        <source>&amp;Results</source>
        <translation>&amp;Results</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="142"/>
        <source>Alt+3</source>
        <translation>Alt+3</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="144"/>
        <source>&amp;History</source>
        <translation>&amp;History</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="144"/>
        <source>Alt+4</source>
        <translation>Alt+4</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="146"/>
        <source>Assessment &amp;model</source>
        <translation>Assessment &amp;model</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="146"/>
        <source>Alt+5</source>
        <translation>Alt+5</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="148"/>
        <source>&amp;Portfolio</source>
        <translation>&amp;Portfolio</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="148"/>
        <source>Alt+6</source>
        <translation>Alt+6</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="150"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="151"/>
        <source>&amp;About DigiLevel</source>
        <translation>&amp;About DigiLevel</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="177"/>
        <source>About DigiLevel</source>
        <translation>About DigiLevel</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="178"/>
        <source>&lt;b&gt;DigiLevel&lt;/b&gt; %1&lt;br&gt;Scores an SME&apos;s digital level under the MIIT scheme (2024 edition), explains why, and shows the cheapest way up.&lt;br&gt;Licensed under the GNU GPL, version 3 or later.&lt;p&gt;%2&lt;/p&gt;</source>
        <translation>&lt;b&gt;DigiLevel&lt;/b&gt; %1&lt;br&gt;Scores an SME&apos;s digital level under the MIIT scheme (2024 edition), explains why, and shows the cheapest way up.&lt;br&gt;Licensed under the GNU GPL, version 3 or later.&lt;p&gt;%2&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ModelDetails</name>
    <message>
        <location filename="../app/gui/modeldetails.cpp" line="22"/>
        <source>Evidence to show on site</source>
        <translation>Evidence to show on site</translation>
    </message>
    <message>
        <location filename="../app/gui/modeldetails.cpp" line="35"/>
        <source>How it scores (%1 points)</source>
        <translation>How it scores (%1 points)</translation>
    </message>
    <message>
        <location filename="../app/gui/modeldetails.cpp" line="52"/>
        <source>Worse</source>
        <translation>Worse</translation>
    </message>
    <message>
        <location filename="../app/gui/modeldetails.cpp" line="53"/>
        <source>Same</source>
        <translation>Same</translation>
    </message>
    <message>
        <location filename="../app/gui/modeldetails.cpp" line="54"/>
        <source>Better</source>
        <translation>Better</translation>
    </message>
    <message>
        <location filename="../app/gui/modeldetails.cpp" line="57"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../app/gui/modeldetails.cpp" line="58"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../app/gui/modeldetails.cpp" line="63"/>
        <source>Figures entered:</source>
        <translation>Figures entered:</translation>
    </message>
    <message>
        <location filename="../app/gui/modeldetails.cpp" line="71"/>
        <source>How to improve</source>
        <translation>How to improve</translation>
    </message>
    <message>
        <location filename="../app/gui/modeldetails.cpp" line="79"/>
        <source>Constrained scenario (约束性)</source>
        <translation>Constrained scenario (约束性)</translation>
    </message>
    <message>
        <location filename="../app/gui/modeldetails.cpp" line="80"/>
        <source>Guiding scenario (指导性)</source>
        <translation>Guiding scenario (指导性)</translation>
    </message>
    <message>
        <location filename="../app/gui/modeldetails.cpp" line="85"/>
        <source>Level %1</source>
        <translation>Level %1</translation>
    </message>
</context>
<context>
    <name>ModelTreeModel</name>
    <message>
        <location filename="../app/gui/modeltreemodel.cpp" line="134"/>
        <source>Constrained</source>
        <translation>Constrained</translation>
    </message>
    <message>
        <location filename="../app/gui/modeltreemodel.cpp" line="134"/>
        <source>Guiding</source>
        <translation>Guiding</translation>
    </message>
    <message>
        <location filename="../app/gui/modeltreemodel.cpp" line="146"/>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../app/gui/modeltreemodel.cpp" line="146"/>
        <source>Points / type</source>
        <translation>Points / type</translation>
    </message>
</context>
<context>
    <name>NewAssessmentDialog</name>
    <message>
        <location filename="../app/gui/home/newassessmentdialog.cpp" line="31"/>
        <source>New assessment</source>
        <translation>New assessment</translation>
    </message>
    <message>
        <location filename="../app/gui/home/newassessmentdialog.cpp" line="50"/>
        <source>%1 (version %2)</source>
        <translation>%1 (version %2)</translation>
    </message>
    <message>
        <location filename="../app/gui/home/newassessmentdialog.cpp" line="58"/>
        <source>No DigiLevel industry addition applies to this industry.</source>
        <translation>No DigiLevel industry addition applies to this industry.</translation>
    </message>
    <message>
        <location filename="../app/gui/home/newassessmentdialog.cpp" line="59"/>
        <source>DigiLevel additions for this industry, scored beside the official result and never part of the level: %1</source>
        <translation>DigiLevel additions for this industry, scored beside the official result and never part of the level: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/home/newassessmentdialog.cpp" line="61"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../app/gui/home/newassessmentdialog.cpp" line="87"/>
        <source>&amp;Self-assessment by the enterprise</source>
        <translation>&amp;Self-assessment by the enterprise</translation>
    </message>
    <message>
        <location filename="../app/gui/home/newassessmentdialog.cpp" line="89"/>
        <source>On-site &amp;verification of an existing self-assessment:</source>
        <translation>On-site &amp;verification of an existing self-assessment:</translation>
    </message>
    <message>
        <location filename="../app/gui/home/newassessmentdialog.cpp" line="90"/>
        <source>&amp;On-site assessment by an assessor</source>
        <translation>&amp;On-site assessment by an assessor</translation>
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
        <translation>Model:</translation>
    </message>
    <message>
        <location filename="../app/gui/home/newassessmentdialog.cpp" line="140"/>
        <source>&amp;Assessor:</source>
        <translation>&amp;Assessor:</translation>
    </message>
    <message>
        <location filename="../app/gui/home/newassessmentdialog.cpp" line="141"/>
        <source>O&amp;rganisation:</source>
        <translation>O&amp;rganisation:</translation>
    </message>
    <message>
        <location filename="../app/gui/home/newassessmentdialog.cpp" line="142"/>
        <source>&amp;Phase:</source>
        <translation>&amp;Phase:</translation>
    </message>
    <message>
        <location filename="../app/gui/home/newassessmentdialog.cpp" line="159"/>
        <source>Open for verification</source>
        <translation>Open for verification</translation>
    </message>
    <message>
        <location filename="../app/gui/home/newassessmentdialog.cpp" line="159"/>
        <source>Create and open</source>
        <translation>Create and open</translation>
    </message>
    <message>
        <location filename="../app/gui/home/newassessmentdialog.cpp" line="179"/>
        <source>The assessment could not be created.</source>
        <translation>The assessment could not be created.</translation>
    </message>
</context>
<context>
    <name>PeerBenchmarkPanel</name>
    <message>
        <location filename="../app/gui/results/peerbenchmarkpanel.cpp" line="55"/>
        <source>segment %1</source>
        <translation>segment %1</translation>
    </message>
    <message>
        <location filename="../app/gui/results/peerbenchmarkpanel.cpp" line="59"/>
        <source>industry %1</source>
        <translation>industry %1</translation>
    </message>
    <message>
        <location filename="../app/gui/results/peerbenchmarkpanel.cpp" line="63"/>
        <source>&lt;b&gt;Peer benchmark:&lt;/b&gt; the base score is above %1% of the peer group (%2, %3 peers in this database; no peer is named).</source>
        <translation>&lt;b&gt;Peer benchmark:&lt;/b&gt; the base score is above %1% of the peer group (%2, %3 peers in this database; no peer is named).</translation>
    </message>
    <message>
        <location filename="../app/gui/results/peerbenchmarkpanel.cpp" line="72"/>
        <source>%1: above %2%</source>
        <translation>%1: above %2%</translation>
    </message>
</context>
<context>
    <name>PlanLocksPanel</name>
    <message>
        <location filename="../app/gui/results/planlockspanel.cpp" line="17"/>
        <source>Tick what the enterprise will not change: the ways to the next level then leave it as it is.</source>
        <translation>Tick what the enterprise will not change: the ways to the next level then leave it as it is.</translation>
    </message>
    <message>
        <location filename="../app/gui/results/planlockspanel.cpp" line="70"/>
        <source>Not in our plans</source>
        <translation>Not in our plans</translation>
    </message>
    <message>
        <location filename="../app/gui/results/planlockspanel.cpp" line="72"/>
        <source>The ways to the next level never change “%1”.</source>
        <translation>The ways to the next level never change “%1”.</translation>
    </message>
    <message>
        <location filename="../app/gui/results/planlockspanel.cpp" line="83"/>
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <location filename="../app/gui/results/planlockspanel.cpp" line="84"/>
        <source>Scenarios</source>
        <translation>Scenarios</translation>
    </message>
</context>
<context>
    <name>PortfolioCharts</name>
    <message>
        <location filename="../app/gui/portfolio/portfoliocharts.cpp" line="40"/>
        <source>Enterprises at this level</source>
        <translation>Enterprises at this level</translation>
    </message>
    <message>
        <location filename="../app/gui/portfolio/portfoliocharts.cpp" line="41"/>
        <source>At other levels</source>
        <translation>At other levels</translation>
    </message>
    <message>
        <location filename="../app/gui/portfolio/portfoliocharts.cpp" line="64"/>
        <source>Filtered</source>
        <translation>Filtered</translation>
    </message>
    <message>
        <location filename="../app/gui/portfolio/portfoliocharts.cpp" line="66"/>
        <source>All enterprises</source>
        <translation>All enterprises</translation>
    </message>
</context>
<context>
    <name>PortfolioFilterBar</name>
    <message>
        <location filename="../app/gui/portfolio/portfoliofilterbar.cpp" line="55"/>
        <source>Province:</source>
        <translation>Province:</translation>
    </message>
    <message>
        <location filename="../app/gui/portfolio/portfoliofilterbar.cpp" line="57"/>
        <source>City:</source>
        <translation>City:</translation>
    </message>
    <message>
        <location filename="../app/gui/portfolio/portfoliofilterbar.cpp" line="60"/>
        <source>C or C30</source>
        <translation>C or C30</translation>
    </message>
    <message>
        <location filename="../app/gui/portfolio/portfoliofilterbar.cpp" line="63"/>
        <source>Industry:</source>
        <translation>Industry:</translation>
    </message>
    <message>
        <location filename="../app/gui/portfolio/portfoliofilterbar.cpp" line="65"/>
        <source>Segment:</source>
        <translation>Segment:</translation>
    </message>
    <message>
        <location filename="../app/gui/portfolio/portfoliofilterbar.cpp" line="67"/>
        <location filename="../app/gui/portfolio/portfoliofilterbar.cpp" line="73"/>
        <location filename="../app/gui/portfolio/portfoliofilterbar.cpp" line="79"/>
        <location filename="../app/gui/portfolio/portfoliofilterbar.cpp" line="90"/>
        <location filename="../app/gui/portfolio/portfoliofilterbar.cpp" line="131"/>
        <source>Any</source>
        <translation>Any</translation>
    </message>
    <message>
        <location filename="../app/gui/portfolio/portfoliofilterbar.cpp" line="71"/>
        <source>Size:</source>
        <translation>Size:</translation>
    </message>
    <message>
        <location filename="../app/gui/portfolio/portfoliofilterbar.cpp" line="77"/>
        <source>专精特新:</source>
        <translation>专精特新:</translation>
    </message>
    <message>
        <location filename="../app/gui/portfolio/portfoliofilterbar.cpp" line="80"/>
        <source>Pilot</source>
        <translation>Pilot</translation>
    </message>
    <message>
        <location filename="../app/gui/portfolio/portfoliofilterbar.cpp" line="81"/>
        <source>Not pilot</source>
        <translation>Not pilot</translation>
    </message>
    <message>
        <location filename="../app/gui/portfolio/portfoliofilterbar.cpp" line="82"/>
        <source>Pilot:</source>
        <translation>Pilot:</translation>
    </message>
    <message>
        <location filename="../app/gui/portfolio/portfoliofilterbar.cpp" line="85"/>
        <source>Batch:</source>
        <translation>Batch:</translation>
    </message>
    <message>
        <location filename="../app/gui/portfolio/portfoliofilterbar.cpp" line="88"/>
        <source>Organisation:</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <location filename="../app/gui/portfolio/portfoliofilterbar.cpp" line="94"/>
        <source>Phase:</source>
        <translation>Phase:</translation>
    </message>
    <message>
        <location filename="../app/gui/portfolio/portfoliofilterbar.cpp" line="100"/>
        <source>any date</source>
        <translation>any date</translation>
    </message>
    <message>
        <location filename="../app/gui/portfolio/portfoliofilterbar.cpp" line="105"/>
        <source>From:</source>
        <translation>From:</translation>
    </message>
    <message>
        <location filename="../app/gui/portfolio/portfoliofilterbar.cpp" line="106"/>
        <source>To:</source>
        <translation>To:</translation>
    </message>
    <message>
        <location filename="../app/gui/portfolio/portfoliofilterbar.cpp" line="108"/>
        <source>No grouping</source>
        <translation>No grouping</translation>
    </message>
    <message>
        <location filename="../app/gui/portfolio/portfoliofilterbar.cpp" line="114"/>
        <source>Group by:</source>
        <translation>Group by:</translation>
    </message>
    <message>
        <location filename="../app/gui/portfolio/portfoliofilterbar.cpp" line="115"/>
        <source>Reset</source>
        <translation>Reset</translation>
    </message>
</context>
<context>
    <name>PortfolioGroupModel</name>
    <message>
        <location filename="../app/gui/portfolio/portfoliogroupmodel.cpp" line="63"/>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../app/gui/portfolio/portfoliogroupmodel.cpp" line="86"/>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../app/gui/portfolio/portfoliogroupmodel.cpp" line="88"/>
        <source>Enterprises</source>
        <translation>Enterprises</translation>
    </message>
    <message>
        <location filename="../app/gui/portfolio/portfoliogroupmodel.cpp" line="90"/>
        <source>Assessed</source>
        <translation>Assessed</translation>
    </message>
    <message>
        <location filename="../app/gui/portfolio/portfoliogroupmodel.cpp" line="92"/>
        <source>二级 or higher</source>
        <translation>二级 or higher</translation>
    </message>
    <message>
        <location filename="../app/gui/portfolio/portfoliogroupmodel.cpp" line="94"/>
        <source>Share at 二级+</source>
        <translation>Share at 二级+</translation>
    </message>
    <message>
        <location filename="../app/gui/portfolio/portfoliogroupmodel.cpp" line="96"/>
        <source>Mean base score</source>
        <translation>Mean base score</translation>
    </message>
    <message>
        <location filename="../app/gui/portfolio/portfoliogroupmodel.cpp" line="98"/>
        <source>Median base score</source>
        <translation>Median base score</translation>
    </message>
</context>
<context>
    <name>PortfolioPage</name>
    <message>
        <location filename="../app/gui/portfolio/portfoliopage.cpp" line="51"/>
        <source>&lt;h2&gt;Portfolio&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Portfolio&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/portfolio/portfoliopage.cpp" line="52"/>
        <source>Se&amp;gments…</source>
        <translation>Se&amp;gments…</translation>
    </message>
    <message>
        <location filename="../app/gui/portfolio/portfoliopage.cpp" line="54"/>
        <source>Define the segments (细分行业) the portfolio filters and groups by</source>
        <translation>Define the segments (细分行业) the portfolio filters and groups by</translation>
    </message>
    <message>
        <location filename="../app/gui/portfolio/portfoliopage.cpp" line="76"/>
        <source>Enterprises</source>
        <translation>Enterprises</translation>
    </message>
    <message>
        <location filename="../app/gui/portfolio/portfoliopage.cpp" line="76"/>
        <source>Assessed</source>
        <translation>Assessed</translation>
    </message>
    <message>
        <location filename="../app/gui/portfolio/portfoliopage.cpp" line="76"/>
        <source>二级 or higher</source>
        <translation>二级 or higher</translation>
    </message>
    <message>
        <location filename="../app/gui/portfolio/portfoliopage.cpp" line="77"/>
        <source>Share at 二级+</source>
        <translation>Share at 二级+</translation>
    </message>
    <message>
        <location filename="../app/gui/portfolio/portfoliopage.cpp" line="77"/>
        <source>Mean base score</source>
        <translation>Mean base score</translation>
    </message>
    <message>
        <location filename="../app/gui/portfolio/portfoliopage.cpp" line="77"/>
        <source>Median base score</source>
        <translation>Median base score</translation>
    </message>
    <message>
        <location filename="../app/gui/portfolio/portfoliopage.cpp" line="78"/>
        <source>专精特新 SMEs</source>
        <translation>专精特新 SMEs</translation>
    </message>
    <message>
        <location filename="../app/gui/portfolio/portfoliopage.cpp" line="78"/>
        <source>专精特新 at 二级+</source>
        <translation>专精特新 at 二级+</translation>
    </message>
    <message>
        <location filename="../app/gui/portfolio/portfoliopage.cpp" line="78"/>
        <source>Not on an official model</source>
        <translation>Not on an official model</translation>
    </message>
    <message>
        <location filename="../app/gui/portfolio/portfoliopage.cpp" line="93"/>
        <source>Levels</source>
        <translation>Levels</translation>
    </message>
    <message>
        <location filename="../app/gui/portfolio/portfoliopage.cpp" line="108"/>
        <source>Groups</source>
        <translation>Groups</translation>
    </message>
    <message>
        <location filename="../app/gui/portfolio/portfoliopage.cpp" line="124"/>
        <source>Rows: level before (改造前); columns: level after (改造后).</source>
        <translation>Rows: level before (改造前); columns: level after (改造后).</translation>
    </message>
    <message>
        <location filename="../app/gui/portfolio/portfoliopage.cpp" line="128"/>
        <source>Before and after</source>
        <translation>Before and after</translation>
    </message>
    <message>
        <location filename="../app/gui/portfolio/portfoliopage.cpp" line="133"/>
        <source>Scenarios</source>
        <translation>Scenarios</translation>
    </message>
    <message>
        <location filename="../app/gui/portfolio/portfoliopage.cpp" line="148"/>
        <source>Sub-dimensions</source>
        <translation>Sub-dimensions</translation>
    </message>
    <message>
        <location filename="../app/gui/portfolio/portfoliopage.cpp" line="177"/>
        <source>Portfolio: %1 %2 (%3 enterprises)</source>
        <translation>Portfolio: %1 %2 (%3 enterprises)</translation>
    </message>
    <message>
        <location filename="../app/gui/portfolio/portfoliopage.cpp" line="203"/>
        <source>Reading the enterprises…</source>
        <translation>Reading the enterprises…</translation>
    </message>
    <message>
        <location filename="../app/gui/portfolio/portfoliopage.cpp" line="239"/>
        <source>No enterprise matches</source>
        <translation>No enterprise matches</translation>
    </message>
</context>
<context>
    <name>PortfolioTables</name>
    <message>
        <location filename="../app/gui/portfolio/portfoliotables.cpp" line="76"/>
        <source>No enterprise has both a 改造前 (before) and a later 改造后 (after) assessment.</source>
        <translation>No enterprise has both a 改造前 (before) and a later 改造后 (after) assessment.</translation>
    </message>
    <message>
        <location filename="../app/gui/portfolio/portfoliotables.cpp" line="78"/>
        <source>Pairs before and after: %1; mean gain in base score %2; %3 rose at least one level (%4).</source>
        <translation>Pairs before and after: %1; mean gain in base score %2; %3 rose at least one level (%4).</translation>
    </message>
    <message>
        <location filename="../app/gui/portfolio/portfoliotables.cpp" line="97"/>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <location filename="../app/gui/portfolio/portfoliotables.cpp" line="97"/>
        <source>Enterprises</source>
        <translation>Enterprises</translation>
    </message>
    <message>
        <location filename="../app/gui/portfolio/portfoliotables.cpp" line="99"/>
        <source>%1 or higher</source>
        <translation>%1 or higher</translation>
    </message>
    <message>
        <location filename="../app/gui/portfolio/portfoliotables.cpp" line="138"/>
        <source>Sub-dimension</source>
        <translation>Sub-dimension</translation>
    </message>
    <message>
        <location filename="../app/gui/portfolio/portfoliotables.cpp" line="138"/>
        <source>Filtered: mean score</source>
        <translation>Filtered: mean score</translation>
    </message>
    <message>
        <location filename="../app/gui/portfolio/portfoliotables.cpp" line="138"/>
        <source>All: mean score</source>
        <translation>All: mean score</translation>
    </message>
    <message>
        <location filename="../app/gui/portfolio/portfoliotables.cpp" line="139"/>
        <source>Difference</source>
        <translation>Difference</translation>
    </message>
</context>
<context>
    <name>QuestionnaireBookActions</name>
    <message>
        <location filename="../app/gui/questionnaire/questionnairebookactions.cpp" line="72"/>
        <source>Could not open the assessment</source>
        <translation>Could not open the assessment</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/questionnairebookactions.cpp" line="81"/>
        <source>Saved as %1.
Open it now?</source>
        <translation>Saved as %1.
Open it now?</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/questionnairebookactions.cpp" line="99"/>
        <source>Export questionnaire workbook</source>
        <translation>Export questionnaire workbook</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/questionnairebookactions.cpp" line="101"/>
        <location filename="../app/gui/questionnaire/questionnairebookactions.cpp" line="149"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/questionnairebookactions.cpp" line="110"/>
        <source>The workbook could not be written.</source>
        <translation>The workbook could not be written.</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/questionnairebookactions.cpp" line="114"/>
        <source>Workbook written</source>
        <translation>Workbook written</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/questionnairebookactions.cpp" line="126"/>
        <source>Print questionnaire form</source>
        <translation>Print questionnaire form</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/questionnairebookactions.cpp" line="127"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/questionnairebookactions.cpp" line="136"/>
        <source>The form could not be written.</source>
        <translation>The form could not be written.</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/questionnairebookactions.cpp" line="139"/>
        <source>Form written</source>
        <translation>Form written</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/questionnairebookactions.cpp" line="148"/>
        <source>Import questionnaire workbook</source>
        <translation>Import questionnaire workbook</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/questionnairebookactions.cpp" line="155"/>
        <source>The workbook could not be read.</source>
        <translation>The workbook could not be read.</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/questionnairebookactions.cpp" line="165"/>
        <source>The workbook could not be imported.</source>
        <translation>The workbook could not be imported.</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/questionnairebookactions.cpp" line="172"/>
        <source>Workbook imported</source>
        <translation>Workbook imported</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/questionnairebookactions.cpp" line="173"/>
        <source>Answers changed: %1.</source>
        <translation>Answers changed: %1.</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/questionnairebookactions.cpp" line="184"/>
        <source>&amp;Export questionnaire workbook…</source>
        <translation>&amp;Export questionnaire workbook…</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/questionnairebookactions.cpp" line="186"/>
        <source>&amp;Print questionnaire form…</source>
        <translation>&amp;Print questionnaire form…</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/questionnairebookactions.cpp" line="187"/>
        <source>&amp;Import questionnaire workbook…</source>
        <translation>&amp;Import questionnaire workbook…</translation>
    </message>
</context>
<context>
    <name>QuestionnairePage</name>
    <message>
        <location filename="../app/gui/questionnaire/questionnairepage.cpp" line="57"/>
        <source>Show &amp;results</source>
        <translation>Show &amp;results</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/questionnairepage.cpp" line="58"/>
        <source>&amp;Workbook and form</source>
        <translation>&amp;Workbook and form</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/questionnairepage.cpp" line="71"/>
        <source>Same as the &amp;enterprise</source>
        <translation>Same as the &amp;enterprise</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/questionnairepage.cpp" line="72"/>
        <source>&amp;Clear answer</source>
        <translation>&amp;Clear answer</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/questionnairepage.cpp" line="74"/>
        <source>&amp;Previous</source>
        <translation>&amp;Previous</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/questionnairepage.cpp" line="75"/>
        <source>&amp;Next</source>
        <translation>&amp;Next</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/questionnairepage.cpp" line="76"/>
        <location filename="../app/gui/questionnaire/questionnairepage.cpp" line="222"/>
        <source>Next &amp;unanswered</source>
        <translation>Next &amp;unanswered</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/questionnairepage.cpp" line="82"/>
        <source>The questionnaire as an Excel workbook or a printed form for the enterprise to fill in, and the returned workbook read back</source>
        <translation>The questionnaire as an Excel workbook or a printed form for the enterprise to fill in, and the returned workbook read back</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/questionnairepage.cpp" line="217"/>
        <source>Could not open the assessment</source>
        <translation>Could not open the assessment</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/questionnairepage.cpp" line="222"/>
        <source>Next &amp;unverified</source>
        <translation>Next &amp;unverified</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/questionnairepage.cpp" line="225"/>
        <source>No assessment is open. Choose one on the Enterprises page.</source>
        <translation>No assessment is open. Choose one on the Enterprises page.</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/questionnairepage.cpp" line="234"/>
        <source>Verifying: %1 — %2</source>
        <translation>Verifying: %1 — %2</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/questionnairepage.cpp" line="234"/>
        <source>Questionnaire: %1 — %2</source>
        <translation>Questionnaire: %1 — %2</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/questionnairepage.cpp" line="237"/>
        <source>Some stored answers no longer fit and are left out</source>
        <translation>Some stored answers no longer fit and are left out</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/questionnairepageactions.cpp" line="43"/>
        <source>Next question (Ctrl+PgDown, Alt+Right)</source>
        <translation>Next question (Ctrl+PgDown, Alt+Right)</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/questionnairepageactions.cpp" line="44"/>
        <source>Previous question (Ctrl+PgUp, Alt+Left)</source>
        <translation>Previous question (Ctrl+PgUp, Alt+Left)</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/questionnairepageactions.cpp" line="45"/>
        <source>The next question still open (Ctrl+U)</source>
        <translation>The next question still open (Ctrl+U)</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/questionnairepageactions.cpp" line="46"/>
        <source>Take the enterprise&apos;s answer as verified (Ctrl+Shift+V)</source>
        <translation>Take the enterprise&apos;s answer as verified (Ctrl+Shift+V)</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/questionnairepageactions.cpp" line="61"/>
        <source>This is the last question.</source>
        <translation>This is the last question.</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/questionnairepageactions.cpp" line="61"/>
        <source>This is the first question.</source>
        <translation>This is the first question.</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/questionnairepageactions.cpp" line="78"/>
        <source>Every question is verified.</source>
        <translation>Every question is verified.</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/questionnairepageactions.cpp" line="78"/>
        <source>Every question is answered.</source>
        <translation>Every question is answered.</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/questionnairepageactions.cpp" line="107"/>
        <source>The enterprise has not answered this question; there is nothing to copy.</source>
        <translation>The enterprise has not answered this question; there is nothing to copy.</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/questionnairepageactions.cpp" line="129"/>
        <source>Confirmed: the value is kept.</source>
        <translation>Confirmed: the value is kept.</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/questionnairepageactions.cpp" line="136"/>
        <source>Could not store the answer</source>
        <translation>Could not store the answer</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/questionnairepageactions.cpp" line="151"/>
        <source>Could not reload the assessment</source>
        <translation>Could not reload the assessment</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/questionnairepagetext.cpp" line="61"/>
        <source>%1 of %2 verified</source>
        <translation>%1 of %2 verified</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/questionnairepagetext.cpp" line="61"/>
        <source>%1 of %2 answered</source>
        <translation>%1 of %2 answered</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/questionnairepagetext.cpp" line="65"/>
        <source>Base score %1 of %2 · %3</source>
        <translation>Base score %1 of %2 · %3</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/questionnairepagetext.cpp" line="69"/>
        <source>Base score: enterprise %1 → verified %2 of %3 · %4 → %5</source>
        <translation>Base score: enterprise %1 → verified %2 of %3 · %4 → %5</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/questionnairepagetext.cpp" line="79"/>
        <source>to confirm: %1</source>
        <translation>to confirm: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/questionnairepagetext.cpp" line="80"/>
        <source>Worked out from the answers given so far; unanswered questions count as nothing.</source>
        <translation>Worked out from the answers given so far; unanswered questions count as nothing.</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/questionnairepagetext.cpp" line="117"/>
        <source>★ %1 (constrained scenario)</source>
        <translation>★ %1 (constrained scenario)</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/questionnairepagetext.cpp" line="120"/>
        <source>Choose the level that describes the enterprise today (keys 0–4).</source>
        <translation>Choose the level that describes the enterprise today (keys 0–4).</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/questionnairepagetext.cpp" line="129"/>
        <source>Choose one (keys 1–9).</source>
        <translation>Choose one (keys 1–9).</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/questionnairepagetext.cpp" line="132"/>
        <source>Tick all that apply (keys 1–9 toggle).</source>
        <translation>Tick all that apply (keys 1–9 toggle).</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/questionnairepagetext.cpp" line="135"/>
        <source>Tick all that apply (keys 1–9 toggle). “%1” clears the others.</source>
        <translation>Tick all that apply (keys 1–9 toggle). “%1” clears the others.</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/questionnairepagetext.cpp" line="141"/>
        <source>Choose yes or no (keys 1 and 2).</source>
        <translation>Choose yes or no (keys 1 and 2).</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/questionnairepagetext.cpp" line="144"/>
        <source>Enter both figures; the share and its band are worked out for you.</source>
        <translation>Enter both figures; the share and its band are worked out for you.</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/questionnairepagetext.cpp" line="147"/>
        <source>Enter the figure; its band is worked out for you.</source>
        <translation>Enter the figure; its band is worked out for you.</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/questionnairepagetext.cpp" line="150"/>
        <source>Enter the figures of both years, or choose the change directly (keys 1–3) if you do not have them.</source>
        <translation>Enter the figures of both years, or choose the change directly (keys 1–3) if you do not have them.</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/questionnairepagetext.cpp" line="156"/>
        <source>Question %1 of %2</source>
        <translation>Question %1 of %2</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/questionnairepagetext.cpp" line="157"/>
        <source>Not asked</source>
        <translation>Not asked</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/questionnairepagetext.cpp" line="162"/>
        <source>Not asked: the model asks this only in some industries, and no industry is set for this enterprise. It does not count.</source>
        <translation>Not asked: the model asks this only in some industries, and no industry is set for this enterprise. It does not count.</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/questionnairepagetext.cpp" line="164"/>
        <source>Not asked for this enterprise&apos;s industry (%1). It does not count.</source>
        <translation>Not asked for this enterprise&apos;s industry (%1). It does not count.</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/questionnairepagetext.cpp" line="176"/>
        <source>Not counted</source>
        <translation>Not counted</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/questionnairepagetext.cpp" line="180"/>
        <source>Not rated yet</source>
        <translation>Not rated yet</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/questionnairepagetext.cpp" line="181"/>
        <source>Rated: %1</source>
        <translation>Rated: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/questionnairepagetext.cpp" line="185"/>
        <source>Points: %1 / %2</source>
        <translation>Points: %1 / %2</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/questionnairepagetext.cpp" line="186"/>
        <source>Points: – / %1, not answered yet</source>
        <translation>Points: – / %1, not answered yet</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/questionnairepagetext.cpp" line="195"/>
        <source>Not verified yet: the enterprise&apos;s answer counts.</source>
        <translation>Not verified yet: the enterprise&apos;s answer counts.</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/questionnairepagetext.cpp" line="196"/>
        <source>Not verified yet, and not answered by the enterprise.</source>
        <translation>Not verified yet, and not answered by the enterprise.</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/questionnairepagetext.cpp" line="198"/>
        <source>Verified: the same as the enterprise&apos;s answer.</source>
        <translation>Verified: the same as the enterprise&apos;s answer.</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/questionnairepagetext.cpp" line="206"/>
        <source>Enterprise %1 → verified %2</source>
        <translation>Enterprise %1 → verified %2</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/questionnairepagetext.cpp" line="212"/>
        <source>Enterprise %1 → verified %2: %3 points</source>
        <translation>Enterprise %1 → verified %2: %3 points</translation>
    </message>
</context>
<context>
    <name>QuestionnaireTreeModel</name>
    <message>
        <location filename="../app/gui/questionnaire/questionnairetreemodel.cpp" line="54"/>
        <source>Not asked: the model asks this only in some industries, and no industry is set for this enterprise.</source>
        <translation>Not asked: the model asks this only in some industries, and no industry is set for this enterprise.</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/questionnairetreemodel.cpp" line="56"/>
        <source>Not asked for this enterprise&apos;s industry (%1).</source>
        <translation>Not asked for this enterprise&apos;s industry (%1).</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/questionnairetreemodel.cpp" line="58"/>
        <source>Constrained scenario (约束性): counts towards the constrained scenarios a level needs.</source>
        <translation>Constrained scenario (约束性): counts towards the constrained scenarios a level needs.</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/questionnairetreemodel.cpp" line="66"/>
        <source>A DigiLevel addition for this industry: scored beside the official result, never part of it.</source>
        <translation>A DigiLevel addition for this industry: scored beside the official result, never part of it.</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/questionnairetreemodel.cpp" line="194"/>
        <source>The verified answer differs from the enterprise&apos;s answer.</source>
        <translation>The verified answer differs from the enterprise&apos;s answer.</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/questionnairetreemodel.cpp" line="216"/>
        <source>not asked</source>
        <translation>not asked</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/questionnairetreemodel.cpp" line="217"/>
        <source>verified, differs</source>
        <translation>verified, differs</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/questionnairetreemodel.cpp" line="218"/>
        <source>verified</source>
        <translation>verified</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/questionnairetreemodel.cpp" line="218"/>
        <source>answered</source>
        <translation>answered</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/questionnairetreemodel.cpp" line="219"/>
        <source>not verified</source>
        <translation>not verified</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/questionnairetreemodel.cpp" line="219"/>
        <source>not answered</source>
        <translation>not answered</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/questionnairetreemodel.cpp" line="236"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/questionnairetreemodel.cpp" line="237"/>
        <source>Verified</source>
        <translation>Verified</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/questionnairetreemodel.cpp" line="237"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>ReportBatchDialog</name>
    <message>
        <location filename="../app/gui/home/reportbatchdialog.cpp" line="62"/>
        <location filename="../app/gui/home/reportbatchdialog.cpp" line="209"/>
        <source>PDF reports</source>
        <translation>PDF reports</translation>
    </message>
    <message>
        <location filename="../app/gui/home/reportbatchdialog.cpp" line="68"/>
        <source>Enterprises:</source>
        <translation>Enterprises:</translation>
    </message>
    <message>
        <location filename="../app/gui/home/reportbatchdialog.cpp" line="68"/>
        <source>the %1 selected</source>
        <translation>the %1 selected</translation>
    </message>
    <message>
        <location filename="../app/gui/home/reportbatchdialog.cpp" line="69"/>
        <source>all %1</source>
        <translation>all %1</translation>
    </message>
    <message>
        <location filename="../app/gui/home/reportbatchdialog.cpp" line="74"/>
        <source>Assessments:</source>
        <translation>Assessments:</translation>
    </message>
    <message>
        <location filename="../app/gui/home/reportbatchdialog.cpp" line="74"/>
        <source>the latest of each enterprise</source>
        <translation>the latest of each enterprise</translation>
    </message>
    <message>
        <location filename="../app/gui/home/reportbatchdialog.cpp" line="75"/>
        <source>every assessment</source>
        <translation>every assessment</translation>
    </message>
    <message>
        <location filename="../app/gui/home/reportbatchdialog.cpp" line="77"/>
        <source>Answers:</source>
        <translation>Answers:</translation>
    </message>
    <message>
        <location filename="../app/gui/home/reportbatchdialog.cpp" line="77"/>
        <source>self-assessed</source>
        <translation>self-assessed</translation>
    </message>
    <message>
        <location filename="../app/gui/home/reportbatchdialog.cpp" line="78"/>
        <source>verified on site (self-assessed where not verified)</source>
        <translation>verified on site (self-assessed where not verified)</translation>
    </message>
    <message>
        <location filename="../app/gui/home/reportbatchdialog.cpp" line="84"/>
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <location filename="../app/gui/home/reportbatchdialog.cpp" line="92"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location filename="../app/gui/home/reportbatchdialog.cpp" line="95"/>
        <source>Folder for the reports</source>
        <translation>Folder for the reports</translation>
    </message>
    <message>
        <location filename="../app/gui/home/reportbatchdialog.cpp" line="102"/>
        <source>Folder:</source>
        <translation>Folder:</translation>
    </message>
    <message>
        <location filename="../app/gui/home/reportbatchdialog.cpp" line="105"/>
        <source>&amp;Write reports</source>
        <translation>&amp;Write reports</translation>
    </message>
    <message>
        <location filename="../app/gui/home/reportbatchdialog.cpp" line="130"/>
        <source>The folder &quot;%1&quot; cannot be created. Choose another one.</source>
        <translation>The folder &quot;%1&quot; cannot be created. Choose another one.</translation>
    </message>
    <message>
        <location filename="../app/gui/home/reportbatchdialog.cpp" line="145"/>
        <source>There is nothing to report yet.</source>
        <translation>There is nothing to report yet.</translation>
    </message>
    <message>
        <location filename="../app/gui/home/reportbatchdialog.cpp" line="160"/>
        <source>The reports could not be written.</source>
        <translation>The reports could not be written.</translation>
    </message>
    <message>
        <location filename="../app/gui/home/reportbatchdialog.cpp" line="161"/>
        <source>No reports were written.</source>
        <translation>No reports were written.</translation>
    </message>
    <message>
        <location filename="../app/gui/home/reportbatchdialog.cpp" line="182"/>
        <source>The chosen enterprises have no assessment to report.</source>
        <translation>The chosen enterprises have no assessment to report.</translation>
    </message>
    <message>
        <location filename="../app/gui/home/reportbatchdialog.cpp" line="187"/>
        <source>Writing the reports…</source>
        <translation>Writing the reports…</translation>
    </message>
    <message>
        <location filename="../app/gui/home/reportbatchdialog.cpp" line="188"/>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location filename="../app/gui/home/reportbatchdialog.cpp" line="200"/>
        <source>Writing report %1 of %2: %3</source>
        <translation>Writing report %1 of %2: %3</translation>
    </message>
    <message>
        <location filename="../app/gui/home/reportbatchdialog.cpp" line="210"/>
        <source>%1 of the reports could not be written.</source>
        <translation>%1 of the reports could not be written.</translation>
    </message>
    <message>
        <location filename="../app/gui/home/reportbatchdialog.cpp" line="215"/>
        <source>%1 of %2 reports written to %3.</source>
        <translation>%1 of %2 reports written to %3.</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <location filename="../app/gui/results/reportexport.cpp" line="49"/>
        <source>Export PDF report</source>
        <translation>Export PDF report</translation>
    </message>
    <message>
        <location filename="../app/gui/results/reportexport.cpp" line="51"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../app/gui/results/reportexport.cpp" line="57"/>
        <source>The report could not be written.</source>
        <translation>The report could not be written.</translation>
    </message>
    <message>
        <location filename="../app/gui/results/reportexport.cpp" line="61"/>
        <source>Report written</source>
        <translation>Report written</translation>
    </message>
    <message>
        <location filename="../app/gui/results/reportexport.cpp" line="62"/>
        <source>The report was saved as %1.
Open it now?</source>
        <translation>The report was saved as %1.
Open it now?</translation>
    </message>
    <message>
        <location filename="../app/gui/results/reportexport.cpp" line="78"/>
        <source>Chinese report (中文)…</source>
        <translation>Chinese report (中文)…</translation>
    </message>
    <message>
        <location filename="../app/gui/results/reportexport.cpp" line="79"/>
        <source>English report…</source>
        <translation>English report…</translation>
    </message>
</context>
<context>
    <name>ResultsCharts</name>
    <message>
        <location filename="../app/gui/results/resultscharts.cpp" line="31"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../app/gui/results/resultscharts.cpp" line="32"/>
        <source>Up to the maximum</source>
        <translation>Up to the maximum</translation>
    </message>
    <message>
        <location filename="../app/gui/results/resultscharts.cpp" line="91"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/gui/results/resultscharts.cpp" line="70"/>
        <source>Base score</source>
        <translation>Base score</translation>
    </message>
    <message>
        <location filename="../app/gui/results/resultscharts.cpp" line="103"/>
        <source>%1: base score %2, %3</source>
        <translation>%1: base score %2, %3</translation>
    </message>
</context>
<context>
    <name>ResultsFormat</name>
    <message>
        <location filename="../app/gui/results/resultsformat.cpp" line="62"/>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../app/gui/results/resultsformat.cpp" line="64"/>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <location filename="../app/gui/results/resultsformat.cpp" line="66"/>
        <source>Verified by assessor</source>
        <translation>Verified by assessor</translation>
    </message>
    <message>
        <location filename="../app/gui/results/resultsformat.cpp" line="73"/>
        <source>On-site diagnosis</source>
        <translation>On-site diagnosis</translation>
    </message>
    <message>
        <location filename="../app/gui/results/resultsformat.cpp" line="74"/>
        <source>Self-assessment</source>
        <translation>Self-assessment</translation>
    </message>
    <message>
        <location filename="../app/gui/results/resultsformat.cpp" line="79"/>
        <source>Verified view</source>
        <translation>Verified view</translation>
    </message>
    <message>
        <location filename="../app/gui/results/resultsformat.cpp" line="79"/>
        <source>Self-assessed answers</source>
        <translation>Self-assessed answers</translation>
    </message>
    <message>
        <location filename="../app/gui/results/resultsformat.cpp" line="86"/>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../app/gui/results/resultsformat.cpp" line="88"/>
        <source>Innovative SME (创新型中小企业)</source>
        <translation>Innovative SME (创新型中小企业)</translation>
    </message>
    <message>
        <location filename="../app/gui/results/resultsformat.cpp" line="90"/>
        <source>Provincial specialised SME (省级专精特新)</source>
        <translation>Provincial specialised SME (省级专精特新)</translation>
    </message>
    <message>
        <location filename="../app/gui/results/resultsformat.cpp" line="92"/>
        <source>Little giant (专精特新“小巨人”)</source>
        <translation>Little giant (专精特新“小巨人”)</translation>
    </message>
    <message>
        <location filename="../app/gui/results/resultsformat.cpp" line="101"/>
        <source>Large</source>
        <translation>Large</translation>
    </message>
    <message>
        <location filename="../app/gui/results/resultsformat.cpp" line="103"/>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <location filename="../app/gui/results/resultsformat.cpp" line="105"/>
        <source>Small</source>
        <translation>Small</translation>
    </message>
    <message>
        <location filename="../app/gui/results/resultsformat.cpp" line="107"/>
        <source>Micro</source>
        <translation>Micro</translation>
    </message>
    <message>
        <location filename="../app/gui/results/resultsformat.cpp" line="111"/>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <location filename="../app/gui/results/resultspage.cpp" line="67"/>
        <source>No assessment is open. Open one from the enterprise list.</source>
        <translation>No assessment is open. Open one from the enterprise list.</translation>
    </message>
    <message>
        <location filename="../app/gui/results/resultspage.cpp" line="114"/>
        <source>Base score:</source>
        <translation>Base score:</translation>
    </message>
    <message>
        <location filename="../app/gui/results/resultspage.cpp" line="120"/>
        <source>Answers shown:</source>
        <translation>Answers shown:</translation>
    </message>
    <message>
        <location filename="../app/gui/results/resultspage.cpp" line="139"/>
        <source>&amp;Edit answers</source>
        <translation>&amp;Edit answers</translation>
    </message>
    <message>
        <location filename="../app/gui/results/resultspage.cpp" line="141"/>
        <source>&amp;Verify on site</source>
        <translation>&amp;Verify on site</translation>
    </message>
    <message>
        <location filename="../app/gui/results/resultspage.cpp" line="143"/>
        <source>&amp;History</source>
        <translation>&amp;History</translation>
    </message>
    <message>
        <location filename="../app/gui/results/resultspage.cpp" line="147"/>
        <source>Export &amp;PDF report…</source>
        <translation>Export &amp;PDF report…</translation>
    </message>
    <message>
        <location filename="../app/gui/results/resultspage.cpp" line="178"/>
        <source>Why this level, and what blocks the next</source>
        <translation>Why this level, and what blocks the next</translation>
    </message>
    <message>
        <location filename="../app/gui/results/resultspage.cpp" line="185"/>
        <source>Cheapest ways to the next level</source>
        <translation>Cheapest ways to the next level</translation>
    </message>
    <message>
        <location filename="../app/gui/results/resultspage.cpp" line="191"/>
        <source>Not in our plans</source>
        <translation>Not in our plans</translation>
    </message>
    <message>
        <location filename="../app/gui/results/resultspage.cpp" line="196"/>
        <source>Dimension scores</source>
        <translation>Dimension scores</translation>
    </message>
    <message>
        <location filename="../app/gui/results/resultspage.cpp" line="199"/>
        <source>Sub-dimensions (% of each maximum)</source>
        <translation>Sub-dimensions (% of each maximum)</translation>
    </message>
    <message>
        <location filename="../app/gui/results/resultspage.cpp" line="204"/>
        <source>Scenarios by rating</source>
        <translation>Scenarios by rating</translation>
    </message>
    <message>
        <location filename="../app/gui/results/resultspage.cpp" line="207"/>
        <source>DigiLevel additions — not part of the official scheme; they never change the official level</source>
        <translation>DigiLevel additions — not part of the official scheme; they never change the official level</translation>
    </message>
    <message>
        <location filename="../app/gui/results/resultspage.cpp" line="265"/>
        <location filename="../app/gui/results/resultspage.cpp" line="288"/>
        <source>The assessment could not be loaded:
%1</source>
        <translation>The assessment could not be loaded:
%1</translation>
    </message>
    <message>
        <location filename="../app/gui/results/resultspage.cpp" line="309"/>
        <source>The plan locks could not be saved.</source>
        <translation>The plan locks could not be saved.</translation>
    </message>
    <message>
        <location filename="../app/gui/results/resultspage.cpp" line="334"/>
        <source>%1, version %2</source>
        <translation>%1, version %2</translation>
    </message>
    <message>
        <location filename="../app/gui/results/resultspage.cpp" line="338"/>
        <source>Assessor: %1</source>
        <translation>Assessor: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/results/resultspage.cpp" line="339"/>
        <source>Started %1</source>
        <translation>Started %1</translation>
    </message>
    <message>
        <location filename="../app/gui/results/resultspage.cpp" line="341"/>
        <source>Not yet verified (own answer counts): %1</source>
        <translation>Not yet verified (own answer counts): %1</translation>
    </message>
</context>
<context>
    <name>ResultsPanels</name>
    <message>
        <location filename="../app/gui/results/resultspanels.cpp" line="58"/>
        <source>Why %1: every condition holds</source>
        <translation>Why %1: every condition holds</translation>
    </message>
    <message>
        <location filename="../app/gui/results/resultspanels.cpp" line="67"/>
        <source>%1: no level has all its conditions met</source>
        <translation>%1: no level has all its conditions met</translation>
    </message>
    <message>
        <location filename="../app/gui/results/resultspanels.cpp" line="71"/>
        <source>What blocks %1</source>
        <translation>What blocks %1</translation>
    </message>
    <message>
        <location filename="../app/gui/results/resultspanels.cpp" line="76"/>
        <source>This is the highest level of the scheme.</source>
        <translation>This is the highest level of the scheme.</translation>
    </message>
    <message>
        <location filename="../app/gui/results/resultspanels.cpp" line="82"/>
        <source>Questions not answered yet (they score 0): %1</source>
        <translation>Questions not answered yet (they score 0): %1</translation>
    </message>
    <message>
        <location filename="../app/gui/results/resultspanels.cpp" line="96"/>
        <source>Target for specialised SMEs (专精特新) under the SME digital empowerment plan 2025–2027: %1 or higher.</source>
        <translation>Target for specialised SMEs (专精特新) under the SME digital empowerment plan 2025–2027: %1 or higher.</translation>
    </message>
    <message>
        <location filename="../app/gui/results/resultspanels.cpp" line="101"/>
        <source>Reached.</source>
        <translation>Reached.</translation>
    </message>
    <message>
        <location filename="../app/gui/results/resultspanels.cpp" line="118"/>
        <source>Not reached yet; these conditions are missing:</source>
        <translation>Not reached yet; these conditions are missing:</translation>
    </message>
    <message>
        <location filename="../app/gui/results/resultspanels.cpp" line="119"/>
        <source>Not reached yet: %1 base points and these conditions are missing:</source>
        <translation>Not reached yet: %1 base points and these conditions are missing:</translation>
    </message>
    <message>
        <location filename="../app/gui/results/resultspanels.cpp" line="129"/>
        <source>The cheapest way there needs %1 change step(s) and gains %2 base points.</source>
        <translation>The cheapest way there needs %1 change step(s) and gains %2 base points.</translation>
    </message>
    <message>
        <location filename="../app/gui/results/resultspanels.cpp" line="133"/>
        <source>No way there remains with the items and scenarios marked “Not in our plans”.</source>
        <translation>No way there remains with the items and scenarios marked “Not in our plans”.</translation>
    </message>
    <message>
        <location filename="../app/gui/results/resultspanels.cpp" line="144"/>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../app/gui/results/resultspanels.cpp" line="144"/>
        <source>Base points</source>
        <translation>Base points</translation>
    </message>
    <message>
        <location filename="../app/gui/results/resultspanels.cpp" line="149"/>
        <source>The highest level is reached; nothing to plan.</source>
        <translation>The highest level is reached; nothing to plan.</translation>
    </message>
    <message>
        <location filename="../app/gui/results/resultspanels.cpp" line="151"/>
        <source>No plan remains with these locks: %1 can only be reached by changing something marked “Not in our plans”.</source>
        <translation>No plan remains with these locks: %1 can only be reached by changing something marked “Not in our plans”.</translation>
    </message>
    <message>
        <location filename="../app/gui/results/resultspanels.cpp" line="154"/>
        <source>The next level cannot be reached by improving answers.</source>
        <translation>The next level cannot be reached by improving answers.</translation>
    </message>
    <message>
        <location filename="../app/gui/results/resultspanels.cpp" line="166"/>
        <source>Cheapest: %1 to %2, steps: %3</source>
        <translation>Cheapest: %1 to %2, steps: %3</translation>
    </message>
    <message>
        <location filename="../app/gui/results/resultspanels.cpp" line="170"/>
        <source>Alternative %1, steps: %2</source>
        <translation>Alternative %1, steps: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/results/resultspanels.cpp" line="172"/>
        <source>%1; large investments: %2</source>
        <translation>%1; large investments: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/results/resultspanels.cpp" line="188"/>
        <source>A large investment: the step needs a figure to more than double, or a share above the model&apos;s threshold.</source>
        <translation>A large investment: the step needs a figure to more than double, or a share above the model&apos;s threshold.</translation>
    </message>
    <message>
        <location filename="../app/gui/results/resultspanels.cpp" line="212"/>
        <source>Score: %1</source>
        <translation>Score: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/results/resultspanels.cpp" line="217"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/results/resultspanels.cpp" line="223"/>
        <source>Scenario %1: %2</source>
        <translation>Scenario %1: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/results/resultspanels.cpp" line="225"/>
        <source>not answered</source>
        <translation>not answered</translation>
    </message>
    <message>
        <location filename="../app/gui/results/resultspanels.cpp" line="226"/>
        <source>level %1</source>
        <translation>level %1</translation>
    </message>
    <message>
        <location filename="../app/gui/results/resultspanels.cpp" line="240"/>
        <source>Answers to confirm: %1</source>
        <translation>Answers to confirm: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/results/resultspanels.cpp" line="241"/>
        <source>They were carried over from the previous model version and count as answered; check each in the questionnaire and confirm or change it.</source>
        <translation>They were carried over from the previous model version and count as answered; check each in the questionnaire and confirm or change it.</translation>
    </message>
</context>
<context>
    <name>ScenarioEditor</name>
    <message>
        <location filename="../app/gui/questionnaire/scenarioeditor.cpp" line="59"/>
        <source>Not even the level 1 description applies yet.</source>
        <translation>Not even the level 1 description applies yet.</translation>
    </message>
    <message>
        <location filename="../app/gui/questionnaire/scenarioeditor.cpp" line="113"/>
        <source>◆ Enterprise&apos;s rating</source>
        <translation>◆ Enterprise&apos;s rating</translation>
    </message>
</context>
<context>
    <name>ScenarioGrid</name>
    <message>
        <location filename="../app/gui/results/scenariogrid.cpp" line="45"/>
        <source>0 Below level 1</source>
        <translation>0 Below level 1</translation>
    </message>
    <message>
        <location filename="../app/gui/results/scenariogrid.cpp" line="47"/>
        <source>Level %1</source>
        <translation>Level %1</translation>
    </message>
    <message>
        <location filename="../app/gui/results/scenariogrid.cpp" line="48"/>
        <source>Not answered</source>
        <translation>Not answered</translation>
    </message>
    <message>
        <location filename="../app/gui/results/scenariogrid.cpp" line="50"/>
        <source>★ constrained scenario (约束性)</source>
        <translation>★ constrained scenario (约束性)</translation>
    </message>
    <message>
        <location filename="../app/gui/results/scenariogrid.cpp" line="75"/>
        <source>not applicable</source>
        <translation>not applicable</translation>
    </message>
    <message>
        <location filename="../app/gui/results/scenariogrid.cpp" line="77"/>
        <source>not answered</source>
        <translation>not answered</translation>
    </message>
    <message>
        <location filename="../app/gui/results/scenariogrid.cpp" line="79"/>
        <source>below level 1</source>
        <translation>below level 1</translation>
    </message>
    <message>
        <location filename="../app/gui/results/scenariogrid.cpp" line="79"/>
        <source>level %1</source>
        <translation>level %1</translation>
    </message>
    <message>
        <location filename="../app/gui/results/scenariogrid.cpp" line="95"/>
        <source> (constrained)</source>
        <translation> (constrained)</translation>
    </message>
    <message>
        <location filename="../app/gui/results/scenariogrid.cpp" line="98"/>
        <source>Level %1: %2</source>
        <translation>Level %1: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/results/scenariogrid.cpp" line="104"/>
        <source>Next, level %1: %2</source>
        <translation>Next, level %1: %2</translation>
    </message>
</context>
<context>
    <name>SegmentsDialog</name>
    <message>
        <location filename="../app/gui/portfolio/segmentsdialog.cpp" line="43"/>
        <source>Segments (细分行业)</source>
        <translation>Segments (细分行业)</translation>
    </message>
    <message>
        <location filename="../app/gui/portfolio/segmentsdialog.cpp" line="46"/>
        <source>&amp;New segment</source>
        <translation>&amp;New segment</translation>
    </message>
    <message>
        <location filename="../app/gui/portfolio/segmentsdialog.cpp" line="48"/>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <location filename="../app/gui/portfolio/segmentsdialog.cpp" line="63"/>
        <source>GB/T 4754 sections or divisions, e.g. C30, C13</source>
        <translation>GB/T 4754 sections or divisions, e.g. C30, C13</translation>
    </message>
    <message>
        <location filename="../app/gui/portfolio/segmentsdialog.cpp" line="68"/>
        <source>Enterprise name or credit code, then Enter</source>
        <translation>Enterprise name or credit code, then Enter</translation>
    </message>
    <message>
        <location filename="../app/gui/portfolio/segmentsdialog.cpp" line="76"/>
        <source>Remove &amp;member</source>
        <translation>Remove &amp;member</translation>
    </message>
    <message>
        <location filename="../app/gui/portfolio/segmentsdialog.cpp" line="78"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../app/gui/portfolio/segmentsdialog.cpp" line="86"/>
        <source>Chinese &amp;name:</source>
        <translation>Chinese &amp;name:</translation>
    </message>
    <message>
        <location filename="../app/gui/portfolio/segmentsdialog.cpp" line="87"/>
        <source>&amp;English name:</source>
        <translation>&amp;English name:</translation>
    </message>
    <message>
        <location filename="../app/gui/portfolio/segmentsdialog.cpp" line="88"/>
        <source>&amp;Industries:</source>
        <translation>&amp;Industries:</translation>
    </message>
    <message>
        <location filename="../app/gui/portfolio/segmentsdialog.cpp" line="89"/>
        <source>Named &amp;members:</source>
        <translation>Named &amp;members:</translation>
    </message>
    <message>
        <location filename="../app/gui/portfolio/segmentsdialog.cpp" line="104"/>
        <source>An enterprise belongs to a segment when its industry falls under one of the codes, or when it is named as a member.</source>
        <translation>An enterprise belongs to a segment when its industry falls under one of the codes, or when it is named as a member.</translation>
    </message>
    <message>
        <location filename="../app/gui/portfolio/segmentsdialog.cpp" line="170"/>
        <source>A new segment: fill in the form and save.</source>
        <translation>A new segment: fill in the form and save.</translation>
    </message>
    <message>
        <location filename="../app/gui/portfolio/segmentsdialog.cpp" line="190"/>
        <source>%1 enterprises are named %2: enter the credit code instead.</source>
        <translation>%1 enterprises are named %2: enter the credit code instead.</translation>
    </message>
    <message>
        <location filename="../app/gui/portfolio/segmentsdialog.cpp" line="235"/>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../app/gui/portfolio/segmentsdialog.cpp" line="245"/>
        <source>Remove segment</source>
        <translation>Remove segment</translation>
    </message>
    <message>
        <location filename="../app/gui/portfolio/segmentsdialog.cpp" line="246"/>
        <source>Remove the segment %1? Its enterprises and their assessments stay.</source>
        <translation>Remove the segment %1? Its enterprises and their assessments stay.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../app/gui/settingsdialog.cpp" line="32"/>
        <location filename="../app/gui/settingsdialog.cpp" line="123"/>
        <location filename="../app/gui/settingsdialog.cpp" line="131"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../app/gui/settingsdialog.cpp" line="34"/>
        <source>Follow the system</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <location filename="../app/gui/settingsdialog.cpp" line="45"/>
        <source> other enterprises</source>
        <translation> other enterprises</translation>
    </message>
    <message>
        <location filename="../app/gui/settingsdialog.cpp" line="46"/>
        <source>The peer benchmark is shown only when the peer group has at least this many other enterprises (never fewer than %1), so that no competitor&apos;s result can be guessed.</source>
        <translation>The peer benchmark is shown only when the peer group has at least this many other enterprises (never fewer than %1), so that no competitor&apos;s result can be guessed.</translation>
    </message>
    <message>
        <location filename="../app/gui/settingsdialog.cpp" line="54"/>
        <source>The office&apos;s PostgreSQL, as a libpq connection string or URL (sslmode as libpq defines it). Leave empty to work alone.</source>
        <translation>The office&apos;s PostgreSQL, as a libpq connection string or URL (sslmode as libpq defines it). Leave empty to work alone.</translation>
    </message>
    <message>
        <location filename="../app/gui/settingsdialog.cpp" line="61"/>
        <source>only when asked</source>
        <translation>only when asked</translation>
    </message>
    <message>
        <location filename="../app/gui/settingsdialog.cpp" line="62"/>
        <source> minutes</source>
        <translation> minutes</translation>
    </message>
    <message>
        <location filename="../app/gui/settingsdialog.cpp" line="63"/>
        <source>&amp;Forget the saved password</source>
        <translation>&amp;Forget the saved password</translation>
    </message>
    <message>
        <location filename="../app/gui/settingsdialog.cpp" line="70"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location filename="../app/gui/settingsdialog.cpp" line="77"/>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../app/gui/settingsdialog.cpp" line="78"/>
        <source>&amp;Data directory:</source>
        <translation>&amp;Data directory:</translation>
    </message>
    <message>
        <location filename="../app/gui/settingsdialog.cpp" line="79"/>
        <source>Default &amp;assessor:</source>
        <translation>Default &amp;assessor:</translation>
    </message>
    <message>
        <location filename="../app/gui/settingsdialog.cpp" line="80"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <location filename="../app/gui/settingsdialog.cpp" line="81"/>
        <source>Peer benchmark &amp;from:</source>
        <translation>Peer benchmark &amp;from:</translation>
    </message>
    <message>
        <location filename="../app/gui/settingsdialog.cpp" line="82"/>
        <source>Team server</source>
        <translation>Team server</translation>
    </message>
    <message>
        <location filename="../app/gui/settingsdialog.cpp" line="84"/>
        <source>Ser&amp;ver:</source>
        <translation>Ser&amp;ver:</translation>
    </message>
    <message>
        <location filename="../app/gui/settingsdialog.cpp" line="85"/>
        <source>&amp;User:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <location filename="../app/gui/settingsdialog.cpp" line="86"/>
        <source>Synchronise &amp;every:</source>
        <translation>Synchronise &amp;every:</translation>
    </message>
    <message>
        <location filename="../app/gui/settingsdialog.cpp" line="88"/>
        <source>The password is asked at the first synchronisation and kept in the desktop&apos;s keyring where there is one, else for this session only.</source>
        <translation>The password is asked at the first synchronisation and kept in the desktop&apos;s keyring where there is one, else for this session only.</translation>
    </message>
    <message>
        <location filename="../app/gui/settingsdialog.cpp" line="105"/>
        <source>Data directory</source>
        <translation>Data directory</translation>
    </message>
    <message>
        <location filename="../app/gui/settingsdialog.cpp" line="124"/>
        <source>The data directory %1 cannot be created. Choose another one.</source>
        <translation>The data directory %1 cannot be created. Choose another one.</translation>
    </message>
    <message>
        <location filename="../app/gui/settingsdialog.cpp" line="132"/>
        <source>The data directory takes effect the next time DigiLevel starts.</source>
        <translation>The data directory takes effect the next time DigiLevel starts.</translation>
    </message>
</context>
<context>
    <name>StoreOpener</name>
    <message>
        <location filename="../app/gui/storeopener.cpp" line="54"/>
        <source>Database damaged</source>
        <translation>Database damaged</translation>
    </message>
    <message>
        <location filename="../app/gui/storeopener.cpp" line="55"/>
        <source>The database %1 is damaged:
%2

Restore the newest automatic backup (%3)? The damaged file is kept beside it with the ending .damaged.</source>
        <translation>The database %1 is damaged:
%2

Restore the newest automatic backup (%3)? The damaged file is kept beside it with the ending .damaged.</translation>
    </message>
    <message>
        <location filename="../app/gui/storeopener.cpp" line="62"/>
        <source>The backup could not be restored.</source>
        <translation>The backup could not be restored.</translation>
    </message>
    <message>
        <location filename="../app/gui/storeopener.cpp" line="67"/>
        <source>Cannot open the database</source>
        <translation>Cannot open the database</translation>
    </message>
    <message>
        <location filename="../app/gui/storeopener.cpp" line="68"/>
        <source>DigiLevel cannot open its database %1.</source>
        <translation>DigiLevel cannot open its database %1.</translation>
    </message>
    <message>
        <location filename="../app/gui/storeopener.cpp" line="98"/>
        <source>Opening the database…</source>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <location filename="../app/gui/storeopener.cpp" line="115"/>
        <source>Checking every page of the database %1.

The first opening of each day checks the whole file before making the day&apos;s backup; for a large database this takes a few seconds.</source>
        <translation>Checking every page of the database %1.

The first opening of each day checks the whole file before making the day&apos;s backup; for a large database this takes a few seconds.</translation>
    </message>
    <message>
        <location filename="../app/gui/storeopener.cpp" line="120"/>
        <source>Making today&apos;s backup of the database %1.

The first opening of each day keeps a copy; for a large database this takes a few seconds.</source>
        <translation>Making today&apos;s backup of the database %1.

The first opening of each day keeps a copy; for a large database this takes a few seconds.</translation>
    </message>
    <message>
        <location filename="../app/gui/storeopener.cpp" line="124"/>
        <source>Keeping a copy of the database %1 before upgrading it for this version of DigiLevel.</source>
        <translation>Keeping a copy of the database %1 before upgrading it for this version of DigiLevel.</translation>
    </message>
    <message>
        <location filename="../app/gui/storeopener.cpp" line="128"/>
        <source>Opening the database %1…</source>
        <translation>Opening the database %1…</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../app/gui/sync/synccontroller.cpp" line="38"/>
        <source>Sent %1 changes (answers %2, evidence files %3); received %4 (answers %5, evidence files %6).</source>
        <translation>Sent %1 changes (answers %2, evidence files %3); received %4 (answers %5, evidence files %6).</translation>
    </message>
    <message>
        <location filename="../app/gui/sync/synccontroller.cpp" line="47"/>
        <source>This user may only read: nothing was sent.</source>
        <translation>This user may only read: nothing was sent.</translation>
    </message>
    <message>
        <location filename="../app/gui/sync/synccontroller.cpp" line="51"/>
        <source>%1 answers wait for a conflict to be resolved.</source>
        <translation>%1 answers wait for a conflict to be resolved.</translation>
    </message>
    <message>
        <location filename="../app/gui/sync/synccontroller.cpp" line="54"/>
        <source>%1 enterprises now belong to another organisation and were not sent.</source>
        <translation>%1 enterprises now belong to another organisation and were not sent.</translation>
    </message>
    <message>
        <location filename="../app/gui/sync/synccontroller.cpp" line="111"/>
        <source>Team server: synchronising…</source>
        <translation>Team server: synchronising…</translation>
    </message>
    <message>
        <location filename="../app/gui/sync/synccontroller.cpp" line="119"/>
        <source>Team server: not synchronised yet</source>
        <translation>Team server: not synchronised yet</translation>
    </message>
    <message>
        <location filename="../app/gui/sync/synccontroller.cpp" line="121"/>
        <source>Team server: last synchronised %1 · %2 local changes to send</source>
        <translation>Team server: last synchronised %1 · %2 local changes to send</translation>
    </message>
    <message>
        <location filename="../app/gui/sync/synccontroller.cpp" line="135"/>
        <location filename="../app/gui/sync/synccontroller.cpp" line="163"/>
        <location filename="../app/gui/sync/synccontroller.cpp" line="233"/>
        <source>Synchronise</source>
        <translation>Synchronise</translation>
    </message>
    <message>
        <location filename="../app/gui/sync/synccontroller.cpp" line="136"/>
        <source>No team server is set. Enter its address and your user name in Settings ▸ Team server.</source>
        <translation>No team server is set. Enter its address and your user name in Settings ▸ Team server.</translation>
    </message>
    <message>
        <location filename="../app/gui/sync/synccontroller.cpp" line="160"/>
        <source>Synchronising with the team server…</source>
        <translation>Synchronising with the team server…</translation>
    </message>
    <message>
        <location filename="../app/gui/sync/synccontroller.cpp" line="160"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../app/gui/sync/synccontroller.cpp" line="191"/>
        <source>Password of %1:</source>
        <translation>Password of %1:</translation>
    </message>
    <message>
        <location filename="../app/gui/sync/synccontroller.cpp" line="192"/>
        <source>The server refused the password. Password of %1:</source>
        <translation>The server refused the password. Password of %1:</translation>
    </message>
    <message>
        <location filename="../app/gui/sync/synccontroller.cpp" line="193"/>
        <source>Team server</source>
        <translation>Team server</translation>
    </message>
    <message>
        <location filename="../app/gui/sync/synccontroller.cpp" line="200"/>
        <source>the last synchronisation failed</source>
        <translation>the last synchronisation failed</translation>
    </message>
    <message>
        <location filename="../app/gui/sync/synccontroller.cpp" line="203"/>
        <source>Synchronisation failed</source>
        <translation>Synchronisation failed</translation>
    </message>
    <message>
        <location filename="../app/gui/sync/synccontroller.cpp" line="220"/>
        <source>Stopped; what was sent stays sent, and the next synchronisation carries on.</source>
        <translation>Stopped; what was sent stays sent, and the next synchronisation carries on.</translation>
    </message>
    <message>
        <location filename="../app/gui/sync/synccontroller.cpp" line="225"/>
        <source>%1 answers were changed differently here and on the server: choose which to keep.</source>
        <translation>%1 answers were changed differently here and on the server: choose which to keep.</translation>
    </message>
    <message>
        <location filename="../app/gui/sync/synccontroller.cpp" line="240"/>
        <source>%1 new conflicts (File ▸ Resolve merge conflicts)</source>
        <translation>%1 new conflicts (File ▸ Resolve merge conflicts)</translation>
    </message>
</context>
<context>
    <name>TransferProgress</name>
    <message>
        <location filename="../app/gui/home/transferprogress.cpp" line="13"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../app/gui/home/transferprogress.cpp" line="47"/>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
</context>
<context>
    <name>UpgradeDialog</name>
    <message>
        <location filename="../app/gui/home/upgradedialog.cpp" line="26"/>
        <source>Upgrade to the new model version</source>
        <translation>Upgrade to the new model version</translation>
    </message>
    <message>
        <location filename="../app/gui/home/upgradedialog.cpp" line="31"/>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../app/gui/home/upgradedialog.cpp" line="31"/>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <location filename="../app/gui/home/upgradedialog.cpp" line="39"/>
        <source>&amp;Upgrade</source>
        <translation>&amp;Upgrade</translation>
    </message>
    <message>
        <location filename="../app/gui/home/upgradedialog.cpp" line="55"/>
        <source>This assessment cannot be upgraded:
%1</source>
        <translation>This assessment cannot be upgraded:
%1</translation>
    </message>
    <message>
        <location filename="../app/gui/home/upgradedialog.cpp" line="65"/>
        <source>The assessment started on %1 uses version %2. A new assessment on version %3 is made with the answers below; the old one stays as it is, with its results.</source>
        <translation>The assessment started on %1 uses version %2. A new assessment on version %3 is made with the answers below; the old one stays as it is, with its results.</translation>
    </message>
    <message>
        <location filename="../app/gui/home/upgradedialog.cpp" line="89"/>
        <source>%1 (verified)</source>
        <translation>%1 (verified)</translation>
    </message>
    <message>
        <location filename="../app/gui/home/upgradedialog.cpp" line="93"/>
        <source>(a note only)</source>
        <translation>(a note only)</translation>
    </message>
    <message>
        <location filename="../app/gui/home/upgradedialog.cpp" line="104"/>
        <source>Carried over unchanged (%1)</source>
        <translation>Carried over unchanged (%1)</translation>
    </message>
    <message>
        <location filename="../app/gui/home/upgradedialog.cpp" line="105"/>
        <source>Carried over, to confirm (%1)</source>
        <translation>Carried over, to confirm (%1)</translation>
    </message>
    <message>
        <location filename="../app/gui/home/upgradedialog.cpp" line="106"/>
        <source>Not carried over (%1)</source>
        <translation>Not carried over (%1)</translation>
    </message>
    <message>
        <location filename="../app/gui/home/upgradedialog.cpp" line="107"/>
        <source>Evidence: %1 files and %2 ticks go with the answers; %3 files and %4 ticks stay with the old assessment.</source>
        <translation>Evidence: %1 files and %2 ticks go with the answers; %3 files and %4 ticks stay with the old assessment.</translation>
    </message>
    <message>
        <location filename="../app/gui/home/upgradedialog.cpp" line="124"/>
        <source>The assessment could not be upgraded.</source>
        <translation>The assessment could not be upgraded.</translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <location filename="../app/gui/home/welcomepanel.cpp" line="12"/>
        <source>Welcome to DigiLevel</source>
        <translation>Welcome to DigiLevel</translation>
    </message>
    <message>
        <location filename="../app/gui/home/welcomepanel.cpp" line="19"/>
        <source>DigiLevel scores a small or medium enterprise&apos;s digital level, 一级 to 四级, under the MIIT scheme (2024 edition), from a questionnaire answered by the enterprise or verified on site by an assessor. It explains the level, shows the cheapest way to the next one, and keeps every enterprise&apos;s data on this computer.</source>
        <translation>DigiLevel scores a small or medium enterprise&apos;s digital level, 一级 to 四级, under the MIIT scheme (2024 edition), from a questionnaire answered by the enterprise or verified on site by an assessor. It explains the level, shows the cheapest way to the next one, and keeps every enterprise&apos;s data on this computer.</translation>
    </message>
    <message>
        <location filename="../app/gui/home/welcomepanel.cpp" line="26"/>
        <source>New enterprise…</source>
        <translation>New enterprise…</translation>
    </message>
    <message>
        <location filename="../app/gui/home/welcomepanel.cpp" line="33"/>
        <source>Open the example enterprise</source>
        <translation>Open the example enterprise</translation>
    </message>
    <message>
        <location filename="../app/gui/home/welcomepanel.cpp" line="36"/>
        <source>Adds a machinery maker with a finished self-assessment at 二级, to explore the results and the ways up</source>
        <translation>Adds a machinery maker with a finished self-assessment at 二级, to explore the results and the ways up</translation>
    </message>
    <message>
        <location filename="../app/gui/home/welcomepanel.cpp" line="38"/>
        <source>Import a bundle from another computer…</source>
        <translation>Import a bundle from another computer…</translation>
    </message>
</context>
</TS>
