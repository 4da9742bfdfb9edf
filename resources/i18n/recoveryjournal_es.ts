<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>App</name>
    <message>
        <source>Recovery Journal hit an unexpected problem.</source>
        <translation>Recovery Journal encontró un problema inesperado.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Algo salió mal</translation>
    </message>
    <message>
        <source>Everything you saved before this is safe. The details below help fix the problem.</source>
        <translation>Todo lo que guardaste antes de esto está a salvo. Los detalles de abajo ayudan a resolver el problema.</translation>
    </message>
    <message>
        <source>Recovery Journal hit an unexpected problem and has to close.</source>
        <translation>Recovery Journal encontró un problema inesperado y tiene que cerrarse.</translation>
    </message>
    <message>
        <source>Your journal is safe</source>
        <translation>Tu diario está a salvo</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Recovery Journal: a private, offline journal for people in addiction recovery. With no command it opens the app.</source>
        <translation>Recovery Journal: un diario privado y sin conexión para personas en recuperación de una adicción. Sin ningún comando, abre la aplicación.</translation>
    </message>
    <message>
        <source>open on sample data in a temporary folder</source>
        <translation>abrir con datos de ejemplo en una carpeta temporal</translation>
    </message>
    <message>
        <source>write the sample journal into a new data folder</source>
        <translation>escribir el diario de ejemplo en una carpeta de datos nueva</translation>
    </message>
    <message>
        <source>a folder that does not exist yet, or is empty</source>
        <translation>una carpeta que aún no existe o que está vacía</translation>
    </message>
    <message>
        <source>check this copy of the app: sample journal, every page, summary, data export and import</source>
        <translation>comprobar esta copia de la aplicación: diario de ejemplo, cada página, resumen, exportación e importación de datos</translation>
    </message>
    <message>
        <source>Run this copy of the app (for example a packaged build) through its main paths on the sample journal: the window and every page, the therapist summary as PDF and HTML, the data export as JSON and CSV and their import. Writes the files into DIR; works without a display (QT_QPA_PLATFORM=offscreen).</source>
        <translation>Recorre con esta copia de la aplicación (por ejemplo, una versión empaquetada) sus caminos principales sobre el diario de ejemplo: la ventana y cada página, el resumen para terapeuta en PDF y HTML, la exportación de datos en JSON y CSV y su importación. Escribe los archivos en DIR; funciona sin pantalla (QT_QPA_PLATFORM=offscreen).</translation>
    </message>
    <message>
        <source>use this data folder (or set {ENV_DATA_DIR})</source>
        <translation>usar esta carpeta de datos (o define {ENV_DATA_DIR})</translation>
    </message>
    <message>
        <source>read an encrypted journal&apos;s passphrase from FILE</source>
        <translation>leer de FILE la frase de contraseña de un diario cifrado</translation>
    </message>
    <message>
        <source>{folder} is not empty; choose a new folder for {purpose}</source>
        <translation>{folder} no está vacía; elige una carpeta nueva para {purpose}</translation>
    </message>
    <message>
        <source>the sample journal</source>
        <translation>el diario de ejemplo</translation>
    </message>
    <message>
        <source>Sample journal written to {folder}</source>
        <translation>Diario de ejemplo escrito en {folder}</translation>
    </message>
    <message>
        <source>the self-test&apos;s files</source>
        <translation>los archivos de la autocomprobación</translation>
    </message>
</context>
</TS>
