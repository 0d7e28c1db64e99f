<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="24"/>
        <source>DigiLevel — SME digital level self-assessment</source>
        <translation>DigiLevel — 中小企业数字化水平自评诊断</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="38"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="39"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="40"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="41"/>
        <source>&amp;About DigiLevel</source>
        <translation>关于 DigiLevel(&amp;A)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="56"/>
        <source>Model error</source>
        <translation>评测模型错误</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="57"/>
        <source>The bundled assessment model could not be loaded:
%1</source>
        <translation>无法加载内置评测模型：
%1</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="63"/>
        <source>%1 — %2 items, %3 scenarios</source>
        <translation>%1 — %2 个评分项，%3 个场景</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="71"/>
        <source>About DigiLevel</source>
        <translation>关于 DigiLevel</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="72"/>
        <source>&lt;b&gt;DigiLevel&lt;/b&gt; %1&lt;br&gt;Scores an SME&apos;s digital level under the MIIT scheme (2024 edition), explains why, and shows the cheapest way up.&lt;br&gt;Licensed under the GNU GPL, version 3 or later.</source>
        <translation>&lt;b&gt;DigiLevel&lt;/b&gt; %1&lt;br&gt;依据工业和信息化部《中小企业数字化水平评测指标（2024年版）》评定企业数字化水平等级，说明原因，并给出最省力的提升路径。&lt;br&gt;按 GNU GPL 第 3 版或更新版本授权。</translation>
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
        <location filename="../app/gui/modeltreemodel.cpp" line="136"/>
        <source>Constrained</source>
        <translation>约束性</translation>
    </message>
    <message>
        <location filename="../app/gui/modeltreemodel.cpp" line="136"/>
        <source>Guiding</source>
        <translation>指导性</translation>
    </message>
    <message>
        <location filename="../app/gui/modeltreemodel.cpp" line="148"/>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../app/gui/modeltreemodel.cpp" line="148"/>
        <source>Points / type</source>
        <translation>分值 / 类型</translation>
    </message>
</context>
</TS>
