<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="24"/>
        <source>DigiLevel — SME digital level self-assessment</source>
        <translation>DigiLevel — SME digital level self-assessment</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="38"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="39"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="40"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="41"/>
        <source>&amp;About DigiLevel</source>
        <translation>&amp;About DigiLevel</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="56"/>
        <source>Model error</source>
        <translation>Model error</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="57"/>
        <source>The bundled assessment model could not be loaded:
%1</source>
        <translation>The bundled assessment model could not be loaded:
%1</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="63"/>
        <source>%1 — %2 items, %3 scenarios</source>
        <translation>%1 — %2 items, %3 scenarios</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="71"/>
        <source>About DigiLevel</source>
        <translation>About DigiLevel</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="72"/>
        <source>&lt;b&gt;DigiLevel&lt;/b&gt; %1&lt;br&gt;Scores an SME&apos;s digital level under the MIIT scheme (2024 edition), explains why, and shows the cheapest way up.&lt;br&gt;Licensed under the GNU GPL, version 3 or later.</source>
        <translation>&lt;b&gt;DigiLevel&lt;/b&gt; %1&lt;br&gt;Scores an SME&apos;s digital level under the MIIT scheme (2024 edition), explains why, and shows the cheapest way up.&lt;br&gt;Licensed under the GNU GPL, version 3 or later.</translation>
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
        <location filename="../app/gui/modeltreemodel.cpp" line="136"/>
        <source>Constrained</source>
        <translation>Constrained</translation>
    </message>
    <message>
        <location filename="../app/gui/modeltreemodel.cpp" line="136"/>
        <source>Guiding</source>
        <translation>Guiding</translation>
    </message>
    <message>
        <location filename="../app/gui/modeltreemodel.cpp" line="148"/>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../app/gui/modeltreemodel.cpp" line="148"/>
        <source>Points / type</source>
        <translation>Points / type</translation>
    </message>
</context>
</TS>
