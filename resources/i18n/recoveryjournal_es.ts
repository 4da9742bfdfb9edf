<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AboutStep</name>
    <message>
        <source>A few short steps follow. Skip any of them: each is in Settings → Welcome steps.</source>
        <translation>Siguen unos pasos cortos. Sáltate los que quieras: todos están en Ajustes → Pasos de bienvenida.</translation>
    </message>
    <message>
        <source>A private place to check in with yourself, notice what sets cravings off, reflect, and keep your own relapse-prevention plan close at hand.</source>
        <translation>Un lugar privado para registrar cómo estás, notar qué despierta los deseos de consumo, reflexionar y tener a mano tu propio plan de prevención de recaídas.</translation>
    </message>
    <message>
        <source>Your journal stays on this computer only. The app never connects to the internet, and nothing you write is sent anywhere. It gives no medical advice.</source>
        <translation>Tu diario se queda solo en este ordenador. La aplicación nunca se conecta a internet y nada de lo que escribes se envía a ningún sitio. No da consejos médicos.</translation>
    </message>
</context>
<context>
    <name>ActionsStep</name>
    <message>
        <source>My own</source>
        <translation>Míos</translation>
    </message>
    <message>
        <source>Three things you can do when a craving comes: pick from the coping toolbox or type your own. They show first in “Need help now”.</source>
        <translation>Tres cosas que puedes hacer cuando llega un deseo de consumo: elígelas de la caja de herramientas o escribe las tuyas. Aparecen primero en «Necesito ayuda ahora».</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Everything you saved before this is safe. The details below help fix the problem.</source>
        <translation>Todo lo que guardaste antes de esto está a salvo. Los detalles de abajo ayudan a resolver el problema.</translation>
    </message>
    <message>
        <source>Recovery Journal hit an unexpected problem and has to close.</source>
        <translation>Recovery Journal encontró un problema inesperado y tiene que cerrarse.</translation>
    </message>
    <message>
        <source>Recovery Journal hit an unexpected problem.</source>
        <translation>Recovery Journal encontró un problema inesperado.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Algo salió mal</translation>
    </message>
    <message>
        <source>Your journal is safe</source>
        <translation>Tu diario está a salvo</translation>
    </message>
</context>
<context>
    <name>Brief</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) with a craving of {threshold} or more</source>
        <translation>
            <numerusform>%n día con un deseo de consumir de {threshold} o más</numerusform>
            <numerusform>%n días con un deseo de consumir de {threshold} o más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) without a check-in (longest gap {longest})</source>
        <translation>
            <numerusform>%n día sin registro (el hueco más largo: {longest})</numerusform>
            <numerusform>%n días sin registro (el hueco más largo: {longest})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lapse(s)</source>
        <translation>
            <numerusform>%n desliz</numerusform>
            <numerusform>%n deslices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s) under the program's hours</source>
        <translation>
            <numerusform>%n semana por debajo de las horas del programa</numerusform>
            <numerusform>%n semanas por debajo de las horas del programa</numerusform>
        </translation>
    </message>
    <message>
        <source>A change that lasts half the period is more than one bad day.</source>
        <translation>Un cambio que dura la mitad del periodo es más que un mal día.</translation>
    </message>
    <message>
        <source>A quiet stretch can be a busy time or a hard one; worth asking which.</source>
        <translation>Una temporada de silencio puede ser una época ocupada o una difícil; vale la pena preguntar cuál.</translation>
    </message>
    <message>
        <source>Craving averaged {first} over {first_days} and {second} over {second_days} (0–10)</source>
        <translation>El deseo de consumir promedió {first} del {first_days} y {second} del {second_days} (0–10)</translation>
    </message>
    <message>
        <source>Craving higher in the second half of the period</source>
        <translation>Deseo de consumir más alto en la segunda mitad del periodo</translation>
    </message>
    <message>
        <source>Lapse on {day_and_substance}</source>
        <translation>Desliz el {day_and_substance}</translation>
    </message>
    <message>
        <source>Mood averaged {first} over {first_days} and {second} over {second_days} (1–5)</source>
        <translation>El ánimo promedió {first} del {first_days} y {second} del {second_days} (1–5)</translation>
    </message>
    <message>
        <source>Mood lower and craving higher in the second half of the period</source>
        <translation>Ánimo más bajo y deseo de consumir más alto en la segunda mitad del periodo</translation>
    </message>
    <message>
        <source>Mood lower in the second half of the period</source>
        <translation>Ánimo más bajo en la segunda mitad del periodo</translation>
    </message>
    <message>
        <source>Only weeks inside the program's dates count; after it ends my aftercare aim applies instead.</source>
        <translation>Solo cuentan las semanas dentro de las fechas del programa; cuando termina, se aplica mi meta de seguimiento.</translation>
    </message>
    <message>
        <source>Week of {day}: {hours} of {target} hours</source>
        <translation>Semana del {day}: {hours} de {target} horas</translation>
    </message>
    <message>
        <source>What led up to it and what helped afterwards are worth talking through.</source>
        <translation>Vale la pena conversar sobre lo que llevó a ello y lo que ayudó después.</translation>
    </message>
    <message>
        <source>{threshold} out of 10 is my own threshold for reaching out (set in my plan).</source>
        <translation>{threshold} de 10 es mi propio umbral para pedir apoyo (fijado en mi plan).</translation>
    </message>
</context>
<context>
    <name>CheckInDialog</name>
    <message>
        <source>A trigger called “{name}” is in the trash. Restore it from the Trash page, or give this one another name.</source>
        <translation>Hay un detonante llamado «{name}» en la papelera. Restáuralo desde la página Papelera o ponle otro nombre a este.</translation>
    </message>
    <message>
        <source>Add at least one thing before saving: your mood (1–5), a craving level, an emotion or a trigger.</source>
        <translation>Antes de guardar, añade al menos una cosa: tu ánimo (1–5), un nivel de deseo de consumir, una emoción o un detonante.</translation>
    </message>
    <message>
        <source>Anything else</source>
        <translation>Algo más</translation>
    </message>
    <message>
        <source>Check-in saved.</source>
        <translation>Registro guardado.</translation>
    </message>
    <message>
        <source>Coping action used</source>
        <translation>Estrategia que usaste</translation>
    </message>
    <message>
        <source>Craving after it</source>
        <translation>Deseo después</translation>
    </message>
    <message>
        <source>Craving after the coping action, 0 to 10</source>
        <translation>Deseo de consumir después de la estrategia, de 0 a 10</translation>
    </message>
    <message>
        <source>Craving, 0 to 10</source>
        <translation>Deseo de consumir, de 0 a 10</translation>
    </message>
    <message>
        <source>Edit check-in</source>
        <translation>Editar registro</translation>
    </message>
    <message>
        <source>Emotions</source>
        <translation>Emociones</translation>
    </message>
    <message>
        <source>More details (where, who, what helped)</source>
        <translation>Más detalles (dónde, con quién, qué te ayudó)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Quick check-in</source>
        <translation>Registro rápido</translation>
    </message>
    <message>
        <source>Sleep and medication saved.</source>
        <translation>Sueño y medicación guardados.</translation>
    </message>
    <message>
        <source>Substance the craving is for</source>
        <translation>Sustancia que deseas consumir</translation>
    </message>
    <message>
        <source>What was going on?</source>
        <translation>¿Qué estaba pasando?</translation>
    </message>
    <message>
        <source>What was happening</source>
        <translation>Qué estaba pasando</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>With whom</source>
        <translation>Con quién</translation>
    </message>
    <message>
        <source>e.g. alone, with friends</source>
        <translation>p. ej., a solas, con amistades</translation>
    </message>
    <message>
        <source>e.g. home, work, on the bus</source>
        <translation>p. ej., en casa, en el trabajo, en el autobús</translation>
    </message>
</context>
<context>
    <name>Checkin</name>
    <message>
        <source>0 = no craving, 10 = the strongest you know</source>
        <translation>0 = ningún deseo, 10 = el más fuerte que conoces</translation>
    </message>
    <message>
        <source>Not noted</source>
        <translation>Sin anotar</translation>
    </message>
</context>
<context>
    <name>ChoiceButton</name>
    <message>
        <source>Chosen</source>
        <translation>Elegido</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>A change to your journal's encryption was interrupted. Open the app (or run `recoveryjournal check`) to finish it, then try again. Nothing was changed.</source>
        <translation>Un cambio en el cifrado de tu diario quedó interrumpido. Abre la aplicación (o ejecuta `recoveryjournal check`) para terminarlo y vuelve a intentarlo. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Recovery Journal: a private, offline journal for people in addiction recovery. With no command it opens the app.</source>
        <translation>Recovery Journal: un diario privado y sin conexión para personas en recuperación de una adicción. Sin ningún comando, abre la aplicación.</translation>
    </message>
    <message>
        <source>Run this copy of the app (for example a packaged build) through its main paths on the sample journal: the window and every page, the therapist summary as PDF and HTML, the data export as JSON and CSV and their import. Writes the files into DIR; works without a display (QT_QPA_PLATFORM=offscreen).</source>
        <translation>Recorre con esta copia de la aplicación (por ejemplo, una versión empaquetada) sus caminos principales sobre el diario de ejemplo: la ventana y cada página, el resumen para terapeuta en PDF y HTML, la exportación de datos en JSON y CSV y su importación. Escribe los archivos en DIR; funciona sin pantalla (QT_QPA_PLATFORM=offscreen).</translation>
    </message>
    <message>
        <source>Sample journal written to {folder}</source>
        <translation>Diario de ejemplo escrito en {folder}</translation>
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
        <source>open on sample data in a temporary folder</source>
        <translation>abrir con datos de ejemplo en una carpeta temporal</translation>
    </message>
    <message>
        <source>read an encrypted journal's passphrase from FILE</source>
        <translation>leer de FILE la frase de contraseña de un diario cifrado</translation>
    </message>
    <message>
        <source>the sample journal</source>
        <translation>el diario de ejemplo</translation>
    </message>
    <message>
        <source>the self-test's files</source>
        <translation>los archivos de la autocomprobación</translation>
    </message>
    <message>
        <source>use this data folder (or set {ENV_DATA_DIR})</source>
        <translation>usar esta carpeta de datos (o define {ENV_DATA_DIR})</translation>
    </message>
    <message>
        <source>write the sample journal into a new data folder</source>
        <translation>escribir el diario de ejemplo en una carpeta de datos nueva</translation>
    </message>
    <message>
        <source>{folder} is not empty; choose a new folder for {purpose}</source>
        <translation>{folder} no está vacía; elige una carpeta nueva para {purpose}</translation>
    </message>
</context>
<context>
    <name>CrisisStep</name>
    <message>
        <source>&amp;Country</source>
        <translation>&amp;País</translation>
    </message>
    <message>
        <source>Its n&amp;umber</source>
        <translation>Su n&amp;úmero</translation>
    </message>
    <message>
        <source>Where do you live? “Need help now” (F1), the lock screen and the lapse log show a crisis line for your country. Nothing is looked up online. If you have your own line, add it too.</source>
        <translation>¿Dónde vives? «Necesito ayuda ahora» (F1), la pantalla de bloqueo y el registro de recaídas muestran una línea de crisis de tu país. No se busca nada en internet. Si tienes tu propia línea, añádela también.</translation>
    </message>
    <message>
        <source>Your own line's &amp;name</source>
        <translation>&amp;Nombre de tu propia línea</translation>
    </message>
</context>
<context>
    <name>DailyQuestion</name>
    <message>
        <source>Hide this question; bring it back any time from My prompts on the {page} page</source>
        <translation>Ocultar esta pregunta; puedes recuperarla cuando quieras desde Mis preguntas, en la página {page}</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Calendar…</source>
        <translation>Calendario…</translation>
    </message>
    <message>
        <source>Pick the day on a calendar</source>
        <translation>Elige el día en un calendario</translation>
    </message>
    <message>
        <source>e.g. 15 Oct 2026</source>
        <translation>p. ej., 15 oct 2026</translation>
    </message>
    <message>
        <source>“{text}” doesn't read as a date yet. Try 15 Oct 2026 or 2026-10-15.</source>
        <translation>«{text}» todavía no se entiende como fecha. Prueba con 15 oct 2026 o 2026-10-15.</translation>
    </message>
</context>
<context>
    <name>Emotion</name>
    <message>
        <source>angry</source>
        <translation>enojo</translation>
    </message>
    <message>
        <source>anxious</source>
        <translation>ansiedad</translation>
    </message>
    <message>
        <source>ashamed</source>
        <translation>vergüenza</translation>
    </message>
    <message>
        <source>bored</source>
        <translation>aburrimiento</translation>
    </message>
    <message>
        <source>calm</source>
        <translation>calma</translation>
    </message>
    <message>
        <source>content</source>
        <translation>satisfacción</translation>
    </message>
    <message>
        <source>grateful</source>
        <translation>gratitud</translation>
    </message>
    <message>
        <source>hopeful</source>
        <translation>esperanza</translation>
    </message>
    <message>
        <source>lonely</source>
        <translation>soledad</translation>
    </message>
    <message>
        <source>overwhelmed</source>
        <translation>agobio</translation>
    </message>
    <message>
        <source>proud</source>
        <translation>orgullo</translation>
    </message>
    <message>
        <source>restless</source>
        <translation>inquietud</translation>
    </message>
    <message>
        <source>sad</source>
        <translation>tristeza</translation>
    </message>
    <message>
        <source>tired</source>
        <translation>cansancio</translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <source>Journal entry</source>
        <translation>Entrada del diario</translation>
    </message>
    <message>
        <source>Kind of writing</source>
        <translation>Tipo de escrito</translation>
    </message>
    <message>
        <source>Reflection from {day}. You can edit it on the {page} page.</source>
        <translation>Reflexión del {day}. Puedes editarla en la página {page}.</translation>
    </message>
    <message>
        <source>Session notes</source>
        <translation>Notas de sesión</translation>
    </message>
    <message>
        <source>Therapy notes</source>
        <translation>Notas de terapia</translation>
    </message>
    <message>
        <source>Therapy notes: what you want to bring to therapy or take from it. The summary names them as such.</source>
        <translation>Notas de terapia: lo que quieres llevar a terapia o lo que te llevas de ella. El resumen las nombra así.</translation>
    </message>
</context>
<context>
    <name>EntryList</name>
    <message>
        <source>Session notes</source>
        <translation>Notas de sesión</translation>
    </message>
    <message>
        <source>Therapy notes</source>
        <translation>Notas de terapia</translation>
    </message>
</context>
<context>
    <name>ExportSummaryDialog</name>
    <message>
        <source>&lt;b&gt;Preview&lt;/b&gt; — exactly what will be in the file</source>
        <translation>&lt;b&gt;Vista previa&lt;/b&gt;: exactamente lo que tendrá el archivo</translation>
    </message>
    <message>
        <source>Brief only (one page: flags, what I want to talk about, key numbers)</source>
        <translation>Solo el resumen breve (una página: alertas, de qué quiero hablar, cifras clave)</translation>
    </message>
    <message>
        <source>Entries, notes and reflections to share</source>
        <translation>Entradas, notas y reflexiones para compartir</translation>
    </message>
    <message>
        <source>Export summary for my therapist</source>
        <translation>Exportar el resumen para mi terapeuta</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Go through the summary together in session, one section at a time</source>
        <translation>Repasar el resumen juntos en la sesión, una sección a la vez</translation>
    </message>
    <message>
        <source>HTML (for reading on a screen)</source>
        <translation>HTML (para leer en pantalla)</translation>
    </message>
    <message>
        <source>Journal entry</source>
        <translation>Entrada del diario</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Language of the summary</source>
        <translation>Idioma del resumen</translation>
    </message>
    <message>
        <source>Name on the cover</source>
        <translation>Nombre en la portada</translation>
    </message>
    <message>
        <source>Optional: your name or initials for the cover</source>
        <translation>Opcional: tu nombre o tus iniciales para la portada</translation>
    </message>
    <message>
        <source>PDF (for printing or sending)</source>
        <translation>PDF (para imprimir o enviar)</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Preview of the summary</source>
        <translation>Vista previa del resumen</translation>
    </message>
    <message>
        <source>Reflection · {prompt}</source>
        <translation>Reflexión · {prompt}</translation>
    </message>
    <message>
        <source>Replace file?</source>
        <translation>¿Reemplazar el archivo?</translation>
    </message>
    <message>
        <source>Review full-screen</source>
        <translation>Repasar a pantalla completa</translation>
    </message>
    <message>
        <source>Save summary</source>
        <translation>Guardar el resumen</translation>
    </message>
    <message>
        <source>Save summary…</source>
        <translation>Guardar el resumen…</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>Session notes</source>
        <translation>Notas de sesión</translation>
    </message>
    <message>
        <source>Summary saved to {written}</source>
        <translation>Resumen guardado en {written}</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>El periodo termina antes de empezar.</translation>
    </message>
    <message>
        <source>The summary can be made in another language than the window's</source>
        <translation>El resumen puede hacerse en un idioma distinto al de la ventana</translation>
    </message>
    <message>
        <source>Therapy notes</source>
        <translation>Notas de terapia</translation>
    </message>
    <message>
        <source>Tick all</source>
        <translation>Marcar todo</translation>
    </message>
    <message>
        <source>Tick none</source>
        <translation>Desmarcar todo</translation>
    </message>
    <message>
        <source>Tick the entries, notes and reflections to share (private entries are never shown):</source>
        <translation>Marca las entradas, notas y reflexiones que quieres compartir (las entradas privadas nunca se muestran):</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
    <message>
        <source>What I want to talk about</source>
        <translation>De qué quiero hablar</translation>
    </message>
    <message>
        <source>What I want to talk about in my session…</source>
        <translation>De qué quiero hablar en mi sesión…</translation>
    </message>
    <message>
        <source>What to share</source>
        <translation>Qué compartir</translation>
    </message>
    <message>
        <source>{name} already exists. Replace it?</source>
        <translation>{name} ya existe. ¿Quieres reemplazarlo?</translation>
    </message>
    <message>
        <source>{section} (off unless I tick it)</source>
        <translation>{section} (desactivado salvo que lo marque)</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>Protect your journal?</source>
        <translation>¿Proteger tu diario?</translation>
    </message>
    <message>
        <source>What you write stays on this computer. A passphrase also encrypts it, so nobody else who uses this computer can read it. It's up to you, and you can set one at any time from File → Passphrase and lock.</source>
        <translation>Lo que escribes se queda en este ordenador. Una frase de contraseña además lo cifra, para que nadie más que use este ordenador pueda leerlo. Tú decides, y puedes poner una cuando quieras desde Archivo → Frase de contraseña y bloqueo.</translation>
    </message>
    <message>
        <source>Would you like to protect your journal with a passphrase?</source>
        <translation>¿Quieres proteger tu diario con una frase de contraseña?</translation>
    </message>
</context>
<context>
    <name>HelpNowPanel</name>
    <message>
        <source>Close “Need help now” and go back to where you were</source>
        <translation>Cerrar «Necesito ayuda ahora» y volver a donde estabas</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>--mood-map: {part} should look like good=4, with a level from 1 to 5 (in a mood's name write \, for a comma and \= for an equals sign)</source>
        <translation>--mood-map: {part} debería tener la forma good=4, con un nivel del 1 al 5 (en el nombre de un estado de ánimo escribe \, para una coma y \= para un signo igual)</translation>
    </message>
    <message>
        <source>Daylio moods as levels 1–5, e.g. rad=5,good=4,meh=3,bad=2,awful=1; in a mood's name write \, for a comma and \= for an equals sign (a dry run prints the whole map to copy)</source>
        <translation>Estados de ánimo de Daylio como niveles del 1 al 5, p. ej. rad=5,good=4,meh=3,bad=2,awful=1; en el nombre de un estado de ánimo escribe \, para una coma y \= para un signo igual (una prueba con --dry-run muestra el mapa entero para copiarlo)</translation>
    </message>
</context>
<context>
    <name>JournalPage</name>
    <message>
        <source>Delete the chosen entry (it goes to the Trash)</source>
        <translation>Eliminar la entrada elegida (va a la Papelera)</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>Nueva entrada</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;About Recovery Journal</source>
        <translation>&amp;Acerca de Recovery Journal</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Hacer copia de seguridad ahora</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Ajustes…</translation>
    </message>
    <message>
        <source>&amp;Undo delete</source>
        <translation>&amp;Deshacer eliminación</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recovery Journal {version}&lt;/b&gt;&lt;p&gt;A private, offline journal for people in recovery: check-ins, triggers, reflection and your own relapse-prevention plan.&lt;/p&gt;&lt;p&gt;Everything stays on this computer. The app never connects to the internet and gives no medical advice; in a crisis, use your plan, your people and your crisis line.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Recovery Journal {version}&lt;/b&gt;&lt;p&gt;Un diario privado y sin conexión para personas en recuperación: registros, detonantes, reflexión y tu propio plan de prevención de recaídas.&lt;/p&gt;&lt;p&gt;Todo se queda en este equipo. La aplicación nunca se conecta a internet y no da consejos médicos; en una crisis, usa tu plan, tu gente y tu línea de crisis.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Recovery Journal</source>
        <translation>Acerca de Recovery Journal</translation>
    </message>
    <message>
        <source>Backed up to {target}</source>
        <translation>Copia de seguridad guardada en {target}</translation>
    </message>
    <message>
        <source>Log a &amp;lapse…</source>
        <translation>Anotar un &amp;desliz…</translation>
    </message>
    <message>
        <source>Need help now</source>
        <translation>Necesito ayuda ahora</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Abrir carpeta</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>Quick &amp;check-in…</source>
        <translation>&amp;Registro rápido…</translation>
    </message>
    <message>
        <source>Recovery Journal — demo</source>
        <translation>Recovery Journal — demostración</translation>
    </message>
    <message>
        <source>There are no unsaved words: everything you typed is saved.</source>
        <translation>No hay palabras sin guardar: todo lo que escribiste está guardado.</translation>
    </message>
    <message>
        <source>Unsaved &amp;words…</source>
        <translation>&amp;Palabras sin guardar…</translation>
    </message>
    <message>
        <source>Unsaved words</source>
        <translation>Palabras sin guardar</translation>
    </message>
    <message>
        <source>Where is my data?</source>
        <translation>¿Dónde están mis datos?</translation>
    </message>
    <message>
        <source>Your journal is kept only on this computer, in:

{folder}

Backups are in its “backups” folder. Nothing is ever sent over the network.</source>
        <translation>Tu diario se guarda solo en este equipo, en:

{folder}

Las copias de seguridad están en su carpeta «backups». Nunca se envía nada por la red.</translation>
    </message>
    <message>
        <source>Your plan, your people and your crisis line, in one calm place (F1)</source>
        <translation>Tu plan, tu gente y tu línea de crisis, en un lugar tranquilo (F1)</translation>
    </message>
</context>
<context>
    <name>Milestones</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n mes</numerusform>
            <numerusform>%n meses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n año</numerusform>
            <numerusform>%n años</numerusform>
        </translation>
    </message>
    <message>
        <source>A full week. What helped most this week, and what do you want to keep doing?</source>
        <translation>Una semana completa. ¿Qué te ayudó más esta semana y qué quieres seguir haciendo?</translation>
    </message>
    <message>
        <source>A month of days. What has changed since you started, however small?</source>
        <translation>Un mes de días. ¿Qué ha cambiado desde que empezaste, por pequeño que sea?</translation>
    </message>
    <message>
        <source>A year of your own choices. What has recovery given you that you want to protect?</source>
        <translation>Un año de tus propias decisiones. ¿Qué te ha dado la recuperación que quieres proteger?</translation>
    </message>
    <message>
        <source>Ninety days. What are you proud of, and what still feels hard?</source>
        <translation>Noventa días. ¿De qué te sientes orgulloso u orgullosa, y qué todavía se siente difícil?</translation>
    </message>
    <message>
        <source>One whole day. What got you through it?</source>
        <translation>Un día entero. ¿Qué te ayudó a lograrlo?</translation>
    </message>
    <message>
        <source>Six months. Look back at who you were on day one: what would you tell them now?</source>
        <translation>Seis meses. Mira hacia atrás, a quien eras el primer día: ¿qué le dirías ahora?</translation>
    </message>
    <message>
        <source>Two months. Who or what has made these days possible?</source>
        <translation>Dos meses. ¿Quién o qué ha hecho posibles estos días?</translation>
    </message>
</context>
<context>
    <name>Mood</name>
    <message>
        <source>Good</source>
        <translation>Bien</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Bajo</translation>
    </message>
    <message>
        <source>Okay</source>
        <translation>Regular</translation>
    </message>
    <message>
        <source>Very good</source>
        <translation>Muy bien</translation>
    </message>
    <message>
        <source>Very low</source>
        <translation>Muy bajo</translation>
    </message>
</context>
<context>
    <name>PassphraseStep</name>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Ahora no</translation>
    </message>
    <message>
        <source>&amp;Set a passphrase when I finish</source>
        <translation>&amp;Poner una frase de contraseña al terminar</translation>
    </message>
</context>
<context>
    <name>Patterns</name>
    <message numerus="yes">
        <source>answers on %n day(s)</source>
        <translation>
            <numerusform>respuestas en %n día</numerusform>
            <numerusform>respuestas en %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>data on %n day(s)</source>
        <translation>
            <numerusform>datos en %n día</numerusform>
            <numerusform>datos en %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>no change</source>
        <translation>sin cambios</translation>
    </message>
    <message numerus="yes">
        <source>previous %n days</source>
        <translation>
            <numerusform>%n día anterior</numerusform>
            <numerusform>%n días anteriores</numerusform>
        </translation>
    </message>
    <message>
        <source>previous day</source>
        <translation>día anterior</translation>
    </message>
    <message numerus="yes">
        <source>the %n days before</source>
        <translation>
            <numerusform>el día anterior</numerusform>
            <numerusform>los %n días anteriores</numerusform>
        </translation>
    </message>
    <message>
        <source>the day before</source>
        <translation>el día anterior</translation>
    </message>
</context>
<context>
    <name>PersonStep</name>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Teléfono</translation>
    </message>
    <message>
        <source>&amp;Who they are to you</source>
        <translation>&amp;Quién es para ti</translation>
    </message>
    <message>
        <source>Someone you can reach when it gets hard: a friend, a sponsor, family. They join My plan.</source>
        <translation>Alguien a quien acudir cuando se pone difícil: una amistad, tu padrino o madrina, tu familia. Se añade a Mi plan.</translation>
    </message>
    <message>
        <source>e.g. sponsor</source>
        <translation>p. ej., padrino</translation>
    </message>
</context>
<context>
    <name>ProgramStep</name>
    <message>
        <source> hours</source>
        <translation> horas</translation>
    </message>
    <message>
        <source>&amp;Ends (if you know)</source>
        <translation>&amp;Termina (si lo sabes)</translation>
    </message>
    <message>
        <source>&amp;Starts</source>
        <translation>&amp;Empieza</translation>
    </message>
    <message>
        <source>&amp;Weekly hours</source>
        <translation>Horas &amp;semanales</translation>
    </message>
    <message>
        <source>If you are in a program, its dates and weekly hours let the Treatment page keep count for you.</source>
        <translation>Si estás en un programa, sus fechas y horas semanales permiten que la página Tratamiento lleve la cuenta por ti.</translation>
    </message>
    <message>
        <source>The end comes before the start: check the two dates.</source>
        <translation>El final es anterior al inicio: revisa las dos fechas.</translation>
    </message>
    <message>
        <source>Type the date as 15 Oct 2026 or 2026-10-15, or leave it empty.</source>
        <translation>Escribe la fecha como 15 oct 2026 o 2026-10-15, o déjala vacía.</translation>
    </message>
</context>
<context>
    <name>ReminderNotice</name>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Recordatorio</translation>
    </message>
</context>
<context>
    <name>ReminderStep</name>
    <message>
        <source>&amp;Remind me at</source>
        <translation>&amp;Recordármelo a las</translation>
    </message>
    <message>
        <source>A gentle reminder while the app is open, on days without a check-in. Change it any time.</source>
        <translation>Un recordatorio suave mientras la aplicación está abierta, los días sin registro. Cámbialo cuando quieras.</translation>
    </message>
    <message>
        <source>Type the time as hours and minutes, e.g. 20:30.</source>
        <translation>Escribe la hora como horas y minutos, p. ej., 20:30.</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>A minute to notice how today is going: Log → Quick check-in (Ctrl+K).</source>
        <translation>Un minuto para notar cómo va el día: Registrar → Registro rápido (Ctrl+K).</translation>
    </message>
    <message>
        <source>A questionnaire is due</source>
        <translation>Toca un cuestionario</translation>
    </message>
    <message>
        <source>Check in now</source>
        <translation>Registrar ahora</translation>
    </message>
    <message>
        <source>It is on the Today page, and never required: skip it if you like.</source>
        <translation>Está en la página Hoy y nunca es obligatorio: sáltalo si quieres.</translation>
    </message>
    <message>
        <source>Open Reflect</source>
        <translation>Abrir Reflexionar</translation>
    </message>
    <message>
        <source>Open Today</source>
        <translation>Abrir Hoy</translation>
    </message>
    <message>
        <source>The week is ending: a few minutes on the Reflect page to look back on it.</source>
        <translation>La semana termina: unos minutos en la página Reflexionar para mirar atrás.</translation>
    </message>
    <message>
        <source>Time for your check-in</source>
        <translation>Hora de tu registro</translation>
    </message>
    <message>
        <source>Your weekly review</source>
        <translation>Tu repaso semanal</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>&amp;Country for the crisis line</source>
        <translation>&amp;País de la línea de crisis</translation>
    </message>
    <message>
        <source>&amp;Dates</source>
        <translation>&amp;Fechas</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Abrir carpeta</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>&amp;Week starts on</source>
        <translation>La &amp;semana empieza el</translation>
    </message>
    <message>
        <source>A new language shows in windows opened from now on, and everywhere at the next start.</source>
        <translation>Un idioma nuevo se ve en las ventanas que abras a partir de ahora, y en todas al volver a iniciar.</translation>
    </message>
    <message>
        <source>Any step of the first welcome, again: each saves where the rest of the app looks.</source>
        <translation>Cualquier paso de la primera bienvenida, otra vez: cada uno guarda donde lo busca el resto de la aplicación.</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <source>As my language writes them</source>
        <translation>Como las escribe mi idioma</translation>
    </message>
    <message>
        <source>Changes are saved and take effect as you make them.</source>
        <translation>Los cambios se guardan y se aplican en cuanto los haces.</translation>
    </message>
    <message>
        <source>Check-in reminder time</source>
        <translation>Hora del recordatorio de registro</translation>
    </message>
    <message>
        <source>Craving that opens Need help now</source>
        <translation>Deseo de consumo que abre Necesito ayuda ahora</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Español</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>Gentle nudges while Recovery Journal is open, and when it starts. They never leave this computer.</source>
        <translation>Avisos suaves mientras Recovery Journal está abierto y al iniciarlo. Nunca salen de este ordenador.</translation>
    </message>
    <message>
        <source>Its &amp;number</source>
        <translation>Su &amp;número</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Lunes</translation>
    </message>
    <message>
        <source>On the last day of the week, when the week has no review yet.</source>
        <translation>El último día de la semana, si la semana aún no tiene repaso.</translation>
    </message>
    <message>
        <source>Open “Need help now” after a craving of</source>
        <translation>Abrir «Necesito ayuda ahora» tras un deseo de consumo de</translation>
    </message>
    <message>
        <source>Remind me of the &amp;weekly review</source>
        <translation>Recordarme el repaso &amp;semanal</translation>
    </message>
    <message>
        <source>Remind me to &amp;check in each day at</source>
        <translation>Recordarme &amp;registrarme cada día a las</translation>
    </message>
    <message>
        <source>Remind me when a &amp;questionnaire is due</source>
        <translation>Recordarme cuando toque un &amp;cuestionario</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Recordatorios</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source>Same as the computer</source>
        <translation>Igual que el ordenador</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Domingo</translation>
    </message>
    <message>
        <source>Text &amp;size</source>
        <translation>&amp;Tamaño del texto</translation>
    </message>
    <message>
        <source>Welcome steps</source>
        <translation>Pasos de bienvenida</translation>
    </message>
    <message>
        <source>When a questionnaire on Today is due. Never required.</source>
        <translation>Cuando toque un cuestionario en Hoy. Nunca es obligatorio.</translation>
    </message>
    <message>
        <source>Year-month-day (2026-10-15)</source>
        <translation>Año-mes-día (2026-10-15)</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>Tus datos</translation>
    </message>
    <message>
        <source>Your journal is kept only on this computer, in:</source>
        <translation>Tu diario se guarda solo en este ordenador, en:</translation>
    </message>
    <message>
        <source>Your line's &amp;name</source>
        <translation>&amp;Nombre de tu línea</translation>
    </message>
    <message>
        <source>Your own crisis line, if you have one, is shown instead of the country's.</source>
        <translation>Tu propia línea de crisis, si tienes una, se muestra en lugar de la del país.</translation>
    </message>
    <message>
        <source>e.g. my counsellor's out-of-hours line</source>
        <translation>p. ej., la línea de guardia de mi terapeuta</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Every key that does something in Recovery Journal:</source>
        <translation>Cada tecla que hace algo en Recovery Journal:</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>En todas partes</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Lock now</source>
        <translation>Bloquear ahora</translation>
    </message>
    <message>
        <source>Need help now</source>
        <translation>Necesito ayuda ahora</translation>
    </message>
    <message>
        <source>Need help now, from any window</source>
        <translation>Necesito ayuda ahora, desde cualquier ventana</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Qué hacen</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
</context>
<context>
    <name>StreakCard</name>
    <message>
        <source>Change the name or start date for {name}</source>
        <translation>Cambiar el nombre o la fecha de inicio de {name}</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Longest: {longest_days}</source>
        <translation>Racha más larga: {longest_days}</translation>
    </message>
    <message>
        <source>Longest: {longest_days}   ·   {total_days} sober in all</source>
        <translation>Racha más larga: {longest_days}   ·   {total_days} sin consumir en total</translation>
    </message>
    <message>
        <source>Next milestone: {label}, on {date}</source>
        <translation>Próximo logro: {label}, el {date}</translation>
    </message>
    <message>
        <source>Starting again with {name}. Every day before this one still counts; tomorrow is day one.</source>
        <translation>Empiezas de nuevo con {name}. Cada día anterior sigue contando; mañana es el primer día.</translation>
    </message>
    <message numerus="yes">
        <source>day(s) free from {name}</source>
        <translation>
            <numerusform>día libre de {name}</numerusform>
            <numerusform>días libres de {name}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>day(s) sober in all</source>
        <translation>
            <numerusform>día sin consumir en total</numerusform>
            <numerusform>días sin consumir en total</numerusform>
        </translation>
    </message>
    <message>
        <source>{current_days} without {name}</source>
        <translation>{current_days} sin {name}</translation>
    </message>
    <message>
        <source>{days} sober in all, starting again without {name}</source>
        <translation>{days} sin consumir en total; empiezas de nuevo sin {name}</translation>
    </message>
    <message>
        <source>{label} free from {name}, reached {date}. {reflection}</source>
        <translation>{label} libre de {name}, cumplido el {date}. {reflection}</translation>
    </message>
</context>
<context>
    <name>SubstanceDialog</name>
    <message>
        <source>Type the day you started, e.g. 15 Oct 2026, or pick it on the calendar.</source>
        <translation>Escribe el día en que empezaste, p. ej., 15 oct 2026, o elígelo en el calendario.</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message numerus="yes">
        <source>%n answer(s) in order: {ratings}</source>
        <translation>
            <numerusform>%n respuesta, en orden: {ratings}</numerusform>
            <numerusform>%n respuestas, en orden: {ratings}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n night(s) logged; mean {hours} hours, {short_nights}; mean quality {quality} of 5.</source>
        <translation>
            <numerusform>%n noche anotada; promedio de {hours} horas, {short_nights}; calidad media {quality} de 5.</numerusform>
            <numerusform>%n noches anotadas; promedio de {hours} horas, {short_nights}; calidad media {quality} de 5.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n night(s) under {hours} hours</source>
        <translation>
            <numerusform>%n noche de menos de {hours} horas</numerusform>
            <numerusform>%n noches de menos de {hours} horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) in my plan. {people}</source>
        <translation>
            <numerusform>%n persona en mi plan. {people}</numerusform>
            <numerusform>%n personas en mi plan. {people}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n sesión</numerusform>
            <numerusform>%n sesiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sober day(s)</source>
        <translation>
            <numerusform>%n día sin consumir</numerusform>
            <numerusform>%n días sin consumir</numerusform>
        </translation>
    </message>
    <message>
        <source>(MOUD)</source>
        <translation>(MOUD)</translation>
    </message>
    <message numerus="yes">
        <source>(my aftercare aim, over %n day(s))</source>
        <translation>
            <numerusform>(mi meta de seguimiento, durante %n día)</numerusform>
            <numerusform>(mi meta de seguimiento, durante %n días)</numerusform>
        </translation>
    </message>
    <message>
        <source>(no aftercare aim set)</source>
        <translation>(sin meta de seguimiento fijada)</translation>
    </message>
    <message>
        <source>(none given)</source>
        <translation>(ninguna indicada)</translation>
    </message>
    <message>
        <source>(not compared: {coverage})</source>
        <translation>(sin comparar: {coverage})</translation>
    </message>
    <message numerus="yes">
        <source>(nothing logged in the %n days before)</source>
        <translation>
            <numerusform>(nada anotado el día anterior)</numerusform>
            <numerusform>(nada anotado en los %n días anteriores)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(target {hours} hours a week, over %n day(s) of this period)</source>
        <translation>
            <numerusform>(meta de {hours} horas por semana, durante %n día de este periodo)</numerusform>
            <numerusform>(meta de {hours} horas por semana, durante %n días de este periodo)</numerusform>
        </translation>
    </message>
    <message>
        <source>(why and when: {where})</source>
        <translation>(por qué y cuándo: {where})</translation>
    </message>
    <message>
        <source>({sessions}; before the program)</source>
        <translation>({sessions}; antes del programa)</translation>
    </message>
    <message>
        <source>--include-journal: name all, a kind or days (YYYY-MM-DD), separated by commas</source>
        <translation>--include-journal: indica all, un tipo o días (AAAA-MM-DD), separados por comas</translation>
    </message>
    <message>
        <source>--include-journal: nothing to share written on {listed} (private entries are never shared; the day must be inside --from and --to)</source>
        <translation>--include-journal: no hay nada que compartir escrito el {listed} (las entradas privadas nunca se comparten; el día debe estar entre --from y --to)</translation>
    </message>
    <message>
        <source>--include-journal: {name!r} is neither a day (YYYY-MM-DD) nor one of {known}</source>
        <translation>--include-journal: {name!r} no es un día (AAAA-MM-DD) ni uno de {known}</translation>
    </message>
    <message>
        <source>--sections: unknown section {join}; use {known}</source>
        <translation>--sections: sección desconocida {join}; usa {known}</translation>
    </message>
    <message>
        <source>--topics: could not read {path} ({reason})</source>
        <translation>--topics: no se pudo leer {path} ({reason})</translation>
    </message>
    <message>
        <source>0 none – 10 strongest</source>
        <translation>0 nada – 10 el más fuerte</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 hora</translation>
    </message>
    <message>
        <source>1–10, my own rating</source>
        <translation>1–10, mi propia valoración</translation>
    </message>
    <message numerus="yes">
        <source>; %n days from today on are not over yet, so they are not counted</source>
        <translation>
            <numerusform>; %n día, desde hoy, aún no ha terminado, así que no se cuenta</numerusform>
            <numerusform>; %n días, desde hoy, aún no han terminado, así que no se cuentan</numerusform>
        </translation>
    </message>
    <message>
        <source>; today ({day}) is not over yet, so it is not counted</source>
        <translation>; hoy ({day}) aún no ha terminado, así que no se cuenta</translation>
    </message>
    <message>
        <source>A lapse is information about what makes things hard and what helps. {account}</source>
        <translation>Un desliz es información sobre lo que hace las cosas difíciles y lo que ayuda. {account}</translation>
    </message>
    <message>
        <source>Adherence</source>
        <translation>Adherencia</translation>
    </message>
    <message>
        <source>Adherence: days taken out of the days it was due (taken or missed).</source>
        <translation>Adherencia: días en que se tomó, de los días en que tocaba (tomada u olvidada).</translation>
    </message>
    <message numerus="yes">
        <source>After the program: %n session(s)</source>
        <translation>
            <numerusform>Después del programa: %n sesión</numerusform>
            <numerusform>Después del programa: %n sesiones</numerusform>
        </translation>
    </message>
    <message>
        <source>After the program: {sessions} of {target} sessions or meetings</source>
        <translation>Después del programa: {sessions} de {target} sesiones o reuniones</translation>
    </message>
    <message>
        <source>Also flagged: {titles}</source>
        <translation>También señalado: {titles}</translation>
    </message>
    <message>
        <source>Also tracked</source>
        <translation>También en seguimiento</translation>
    </message>
    <message numerus="yes">
        <source>And %n more change(s) — {where}.</source>
        <translation>
            <numerusform>Y %n cambio más — {where}.</numerusform>
            <numerusform>Y %n cambios más — {where}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Bar chart of coping tools by mean craving drop. {tools}</source>
        <translation>Gráfico de barras de las estrategias según cuánto bajó en promedio el deseo de consumir. {tools}</translation>
    </message>
    <message>
        <source>Bar chart of triggers logged in the period. {triggers}.</source>
        <translation>Gráfico de barras de los detonantes anotados en el periodo. {triggers}.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message numerus="yes">
        <source>Change is against the %n days before ({coverage}).</source>
        <translation>
            <numerusform>El cambio se compara con el día anterior ({coverage}).</numerusform>
            <numerusform>El cambio se compara con los %n días anteriores ({coverage}).</numerusform>
        </translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>Confidential: shared by the client for their own care.</source>
        <translation>Confidencial: compartido por la persona usuaria para su propio cuidado.</translation>
    </message>
    <message>
        <source>Continued — {where}.</source>
        <translation>Continúa — {where}.</translation>
    </message>
    <message>
        <source>Coping tool</source>
        <translation>Estrategia</translation>
    </message>
    <message>
        <source>Coping tools</source>
        <translation>Estrategias de afrontamiento</translation>
    </message>
    <message>
        <source>Craving fell by</source>
        <translation>El deseo bajó</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Cumplida</translation>
    </message>
    <message>
        <source>Early warning signs</source>
        <translation>Señales de alerta temprana</translation>
    </message>
    <message>
        <source>First → last</source>
        <translation>Primera → última</translation>
    </message>
    <message>
        <source>Go-to actions</source>
        <translation>Acciones de referencia</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>Heatmap of triggers by weekday and hour of the day.</source>
        <translation>Mapa de calor de los detonantes por día de la semana y hora del día.</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <source>Hours per week, from the week of {first}: {hours}</source>
        <translation>Horas por semana, desde la semana del {first}: {hours}</translation>
    </message>
    <message>
        <source>I did not choose any reflections or journal entries to share this time.</source>
        <translation>Esta vez no elegí compartir reflexiones ni entradas del diario.</translation>
    </message>
    <message>
        <source>In the program: {hours} of {target} hours</source>
        <translation>En el programa: {hours} de {target} horas</translation>
    </message>
    <message numerus="yes">
        <source>In this period: {sober} of %n days sober, {lapse_days} with a lapse</source>
        <translation>
            <numerusform>En este periodo: {sober} de %n día sin consumir, {lapse_days} con un desliz</numerusform>
            <numerusform>En este periodo: {sober} de %n días sin consumir, {lapse_days} con un desliz</numerusform>
        </translation>
    </message>
    <message>
        <source>Journal entry</source>
        <translation>Entrada del diario</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Cumplida</translation>
    </message>
    <message numerus="yes">
        <source>Kept {kept} of %n weekly goal(s).</source>
        <translation>
            <numerusform>Cumplí {kept} de %n meta semanal.</numerusform>
            <numerusform>Cumplí {kept} de %n metas semanales.</numerusform>
        </translation>
    </message>
    <message>
        <source>Key numbers</source>
        <translation>Cifras clave</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Lapses</source>
        <translation>Deslices</translation>
    </message>
    <message>
        <source>Last reviewed on {day}.</source>
        <translation>Revisado por última vez el {day}.</translation>
    </message>
    <message>
        <source>Line chart of daily mood and craving. Mean mood {mood}, mean craving {craving}.</source>
        <translation>Gráfico de líneas del ánimo y el deseo de consumir diarios. Ánimo medio {mood}, deseo medio {craving}.</translation>
    </message>
    <message>
        <source>Made on {day} at {time}. {kind}. It holds only what I chose to share; private journal entries are never included.</source>
        <translation>Hecho el {day} a las {time}. {kind}. Contiene solo lo que elegí compartir; las entradas privadas del diario nunca se incluyen.</translation>
    </message>
    <message>
        <source>Made {dates}</source>
        <translation>Hecho el {dates}</translation>
    </message>
    <message>
        <source>Mean craving</source>
        <translation>Deseo medio</translation>
    </message>
    <message>
        <source>Mean mood</source>
        <translation>Ánimo medio</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Medicación</translation>
    </message>
    <message>
        <source>Medication adherence</source>
        <translation>Adherencia a la medicación</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Olvidada</translation>
    </message>
    <message>
        <source>My own account of each lapse follows below.</source>
        <translation>Mi propio relato de cada desliz sigue más abajo.</translation>
    </message>
    <message>
        <source>My own account of each lapse is not included in this summary; we can talk about it.</source>
        <translation>Mi propio relato de cada desliz no está incluido en este resumen; podemos hablarlo.</translation>
    </message>
    <message>
        <source>My triggers</source>
        <translation>Mis detonantes</translation>
    </message>
    <message>
        <source>No change is shown: {coverage}, too few to compare.</source>
        <translation>No se muestra ningún cambio: {coverage}, muy pocos para comparar.</translation>
    </message>
    <message>
        <source>No changes to my plan and no new triggers.</source>
        <translation>Sin cambios en mi plan y sin detonantes nuevos.</translation>
    </message>
    <message>
        <source>No coping tools were logged in this period.</source>
        <translation>No se anotaron estrategias de afrontamiento en este periodo.</translation>
    </message>
    <message>
        <source>No details were written down.</source>
        <translation>No se escribieron detalles.</translation>
    </message>
    <message>
        <source>No lapses were logged in this period.</source>
        <translation>No se anotaron deslices en este periodo.</translation>
    </message>
    <message>
        <source>No questionnaires were taken in this period.</source>
        <translation>No se respondieron cuestionarios en este periodo.</translation>
    </message>
    <message>
        <source>No questionnaires, sleep or medication were logged in this period.</source>
        <translation>No se anotaron cuestionarios, sueño ni medicación en este periodo.</translation>
    </message>
    <message>
        <source>No tool was rated before and after.</source>
        <translation>Ninguna estrategia se valoró antes y después.</translation>
    </message>
    <message>
        <source>No treatment or support sessions were logged in these weeks.</source>
        <translation>No se anotaron sesiones de tratamiento o de apoyo en estas semanas.</translation>
    </message>
    <message>
        <source>No triggers were logged in this period.</source>
        <translation>No se anotaron detonantes en este periodo.</translation>
    </message>
    <message>
        <source>No weekly goals were set for these weeks.</source>
        <translation>No se fijaron metas semanales para estas semanas.</translation>
    </message>
    <message>
        <source>None added yet.</source>
        <translation>Aún no se ha añadido ninguna.</translation>
    </message>
    <message>
        <source>None chosen yet.</source>
        <translation>Aún no se ha elegido ninguna.</translation>
    </message>
    <message>
        <source>None written down yet.</source>
        <translation>Aún no se ha escrito ninguno.</translation>
    </message>
    <message>
        <source>Not due</source>
        <translation>No tocaba</translation>
    </message>
    <message>
        <source>Not enough was logged in this period to show this chart.</source>
        <translation>No se anotó lo suficiente en este periodo para mostrar este gráfico.</translation>
    </message>
    <message>
        <source>Not reviewed yet.</source>
        <translation>Aún no se ha revisado.</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Todavía no</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Nothing logged in this period</source>
        <translation>Nada anotado en este periodo</translation>
    </message>
    <message>
        <source>Nothing was flagged in this period.</source>
        <translation>No se marcó ninguna alerta en este periodo.</translation>
    </message>
    <message>
        <source>Nothing written down this time.</source>
        <translation>Esta vez no escribí nada.</translation>
    </message>
    <message>
        <source>Page one in full</source>
        <translation>La primera página completa</translation>
    </message>
    <message>
        <source>Page one is the brief; the details follow</source>
        <translation>La primera página es el resumen breve; después siguen los detalles</translation>
    </message>
    <message>
        <source>Page one keeps to one page, so it shortened these lists; here they are in full.</source>
        <translation>La primera página cabe en una sola hoja, así que acortó estas listas; aquí están completas.</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Página {page} de {pages}</translation>
    </message>
    <message>
        <source>People I can call</source>
        <translation>Personas a las que puedo llamar</translation>
    </message>
    <message>
        <source>Phone numbers are never included.</source>
        <translation>Los números de teléfono nunca se incluyen.</translation>
    </message>
    <message>
        <source>Plan reviewed on {day}:</source>
        <translation>Plan revisado el {day}:</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Cuestionario</translation>
    </message>
    <message>
        <source>Questionnaire scores</source>
        <translation>Puntuaciones de los cuestionarios</translation>
    </message>
    <message numerus="yes">
        <source>Ranked by how much craving fell, only from tools rated before and after at least %n times; tools with fewer ratings follow, most used first.</source>
        <translation>
            <numerusform>Ordenadas según cuánto bajó el deseo de consumir, solo a partir de estrategias valoradas antes y después al menos %n vez; las que tienen menos valoraciones van después, primero las más usadas.</numerusform>
            <numerusform>Ordenadas según cuánto bajó el deseo de consumir, solo a partir de estrategias valoradas antes y después al menos %n veces; las que tienen menos valoraciones van después, primero las más usadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rated before and after</source>
        <translation>Valorada antes y después</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Reflexión</translation>
    </message>
    <message>
        <source>Review on {day}</source>
        <translation>Revisión del {day}</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Puntuaciones</translation>
    </message>
    <message>
        <source>Scores with their published bands, oldest first. A score is for noticing change, not a diagnosis.</source>
        <translation>Puntuaciones con sus rangos publicados, de la más antigua a la más reciente. Una puntuación sirve para notar cambios, no es un diagnóstico.</translation>
    </message>
    <message>
        <source>Session notes</source>
        <translation>Notas de sesión</translation>
    </message>
    <message>
        <source>Session notes (written in session review)</source>
        <translation>Notas de sesión (escritas durante el repaso en sesión)</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Since {day}, the day after my last summary ended.</source>
        <translation>Desde el {day}, el día después de que terminara mi último resumen.</translation>
    </message>
    <message>
        <source>Sleep:</source>
        <translation>Sueño:</translation>
    </message>
    <message>
        <source>Sober from {substance}</source>
        <translation>Sin consumir {substance}</translation>
    </message>
    <message>
        <source>Substance</source>
        <translation>Sustancia</translation>
    </message>
    <message>
        <source>Summary for my therapist</source>
        <translation>Resumen para mi terapeuta</translation>
    </message>
    <message>
        <source>Summary for {start} to {end} written to {written}</source>
        <translation>Resumen del {start} al {end} escrito en {written}</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Tomada</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>The brief</source>
        <translation>El resumen breve</translation>
    </message>
    <message>
        <source>The plan was not reviewed in this period.</source>
        <translation>El plan no se revisó en este periodo.</translation>
    </message>
    <message>
        <source>Their names and notes are not included in this summary.</source>
        <translation>Sus nombres y notas no están incluidos en este resumen.</translation>
    </message>
    <message>
        <source>Their names and notes follow below.</source>
        <translation>Sus nombres y notas siguen más abajo.</translation>
    </message>
    <message>
        <source>Therapy notes</source>
        <translation>Notas de terapia</translation>
    </message>
    <message>
        <source>This is my first summary, so these are the changes within this period.</source>
        <translation>Este es mi primer resumen, así que estos son los cambios dentro de este periodo.</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>Este periodo</translation>
    </message>
    <message>
        <source>Times each trigger was ticked on a check-in or tagged on a journal entry (private entries are not counted), the same count as in Insights. {compare} Mean craving is over the check-ins where the trigger was present (0–10).</source>
        <translation>Veces que se marcó cada detonante en un registro o se etiquetó en una entrada del diario (las entradas privadas no se cuentan), el mismo recuento que en Patrones. {compare} El deseo medio se calcula sobre los registros en los que estuvo presente el detonante (0–10).</translation>
    </message>
    <message>
        <source>Times logged</source>
        <translation>Veces anotado</translation>
    </message>
    <message>
        <source>Times used</source>
        <translation>Veces usada</translation>
    </message>
    <message>
        <source>Top triggers</source>
        <translation>Detonantes principales</translation>
    </message>
    <message>
        <source>Treatment and support</source>
        <translation>Tratamiento y apoyo</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Detonante</translation>
    </message>
    <message>
        <source>Triggers logged for the first time:</source>
        <translation>Detonantes anotados por primera vez:</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <source>Week of {day}</source>
        <translation>Semana del {day}</translation>
    </message>
    <message>
        <source>Weekly goals</source>
        <translation>Metas semanales</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>Semanas</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>What changed in this period</source>
        <translation>Qué cambió en este periodo</translation>
    </message>
    <message>
        <source>What helped</source>
        <translation>Qué ayudó</translation>
    </message>
    <message>
        <source>What stood out</source>
        <translation>Qué destacó</translation>
    </message>
    <message>
        <source>What was going on</source>
        <translation>Qué estaba pasando</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Whole weeks, Monday to Sunday, as on my Treatment page: the program's hours target applies between its start and end dates, my own aftercare aim after it.</source>
        <translation>Semanas completas, de lunes a domingo, como en mi página Tratamiento: la meta de horas del programa se aplica entre sus fechas de inicio y fin; después, mi propia meta de seguimiento.</translation>
    </message>
    <message>
        <source>Write the therapist summary for a period. Private entries are never included; journal text only with --include-journal (the entries it names, as ticking them in the export dialog); lapse accounts and contacts' names only when named in --sections.</source>
        <translation>Escribe el resumen para terapeuta de un periodo. Las entradas privadas nunca se incluyen; el texto del diario solo con --include-journal (las entradas que indica, como al marcarlas en el diálogo de exportación); los relatos de los deslices y los nombres de los contactos solo cuando se nombran en --sections.</translation>
    </message>
    <message numerus="yes">
        <source>about the same as the %n days before ({previous})</source>
        <translation>
            <numerusform>más o menos igual que el día anterior ({previous})</numerusform>
            <numerusform>más o menos igual que los %n días anteriores ({previous})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>y %n más</numerusform>
            <numerusform>y %n más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more flag(s)</source>
        <translation>
            <numerusform>y %n señal más</numerusform>
            <numerusform>y %n señales más</numerusform>
        </translation>
    </message>
    <message>
        <source>before: {total} ({band}) on {day}</source>
        <translation>antes: {total} ({band}) el {day}</translation>
    </message>
    <message numerus="yes">
        <source>down {change} from {previous} in the %n days before</source>
        <translation>
            <numerusform>bajó {change} respecto a {previous} del día anterior</numerusform>
            <numerusform>bajó {change} respecto a {previous} de los %n días anteriores</numerusform>
        </translation>
    </message>
    <message>
        <source>file format (default: from the file name)</source>
        <translation>formato del archivo (por defecto: según el nombre del archivo)</translation>
    </message>
    <message>
        <source>first day of the period</source>
        <translation>primer día del periodo</translation>
    </message>
    <message>
        <source>in the full summary</source>
        <translation>en el resumen completo</translation>
    </message>
    <message>
        <source>last day of the period</source>
        <translation>último día del periodo</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>sin cambios</translation>
    </message>
    <message>
        <source>none logged</source>
        <translation>ninguno anotado</translation>
    </message>
    <message>
        <source>on {day} an answer on the {questionnaire} called for the safety response (for the PHQ-9, question 9 answered above “Not at all”). The answer is kept as given.</source>
        <translation>el {day}, una respuesta del {questionnaire} activó la respuesta de seguridad (en el PHQ-9, la pregunta 9 respondida por encima de «Nunca»). La respuesta se guarda tal como se dio.</translation>
    </message>
    <message>
        <source>only the brief: one page</source>
        <translation>solo el resumen breve: una página</translation>
    </message>
    <message>
        <source>page 2</source>
        <translation>página 2</translation>
    </message>
    <message>
        <source>replace FILE if it already exists</source>
        <translation>reemplazar FILE si ya existe</translation>
    </message>
    <message>
        <source>say which format to write with --format pdf or --format html</source>
        <translation>indica qué formato escribir con --format pdf o --format html</translation>
    </message>
    <message>
        <source>see {page_2}</source>
        <translation>ver {page_2}</translation>
    </message>
    <message>
        <source>share the text of journal entries of the period that are not private: all of them (the default when no value is given), those of a kind ({kinds}) or those written on the days named, e.g. --include-journal therapy-notes,2026-03-04</source>
        <translation>compartir el texto de las entradas del diario del periodo que no son privadas: todas (lo predeterminado si no se da ningún valor), las de un tipo ({kinds}) o las escritas en los días indicados, p. ej., --include-journal therapy-notes,2026-03-04</translation>
    </message>
    <message>
        <source>the file to write</source>
        <translation>el archivo que se escribirá</translation>
    </message>
    <message>
        <source>the first time</source>
        <translation>la primera vez</translation>
    </message>
    <message>
        <source>the period ends ({end}) before it starts ({start}); swap --from and --to</source>
        <translation>el periodo termina ({end}) antes de empezar ({start}); intercambia --from y --to</translation>
    </message>
    <message>
        <source>the sections to include, by name: {sections} (default: all but {left_out})</source>
        <translation>las secciones que se incluirán, por nombre: {sections} (por defecto: todas menos {left_out})</translation>
    </message>
    <message>
        <source>the summary's language (default: the journal's language setting)</source>
        <translation>el idioma del resumen (por defecto: el idioma elegido en el diario)</translation>
    </message>
    <message>
        <source>there is no journal in {folder}; pass --data-dir with the folder that holds yours</source>
        <translation>no hay ningún diario en {folder}; indica con --data-dir la carpeta que contiene el tuyo</translation>
    </message>
    <message>
        <source>too few ratings to rank</source>
        <translation>muy pocas valoraciones para ordenar</translation>
    </message>
    <message numerus="yes">
        <source>up {change} from {previous} in the %n days before</source>
        <translation>
            <numerusform>subió {change} respecto a {previous} del día anterior</numerusform>
            <numerusform>subió {change} respecto a {previous} de los %n días anteriores</numerusform>
        </translation>
    </message>
    <message>
        <source>what you want to talk about, or @FILE to read it from a file</source>
        <translation>de qué quieres hablar, o @FILE para leerlo de un archivo</translation>
    </message>
    <message>
        <source>when: {when}</source>
        <translation>cuándo: {when}</translation>
    </message>
    <message>
        <source>write the summary for your therapist (PDF or HTML) for a period</source>
        <translation>escribir el resumen para tu terapeuta (PDF o HTML) de un periodo</translation>
    </message>
    <message>
        <source>your name or initials for the cover (optional)</source>
        <translation>tu nombre o tus iniciales para la portada (opcional)</translation>
    </message>
    <message numerus="yes">
        <source>{checkins} in the %n days before; {coverage}</source>
        <translation>
            <numerusform>{checkins} el día anterior; {coverage}</numerusform>
            <numerusform>{checkins} en los %n días anteriores; {coverage}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{checkins} on {checkin_days} of %n day(s)</source>
        <translation>
            <numerusform>{checkins} en {checkin_days} de %n día</numerusform>
            <numerusform>{checkins} en {checkin_days} de %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>{coverage}, too few to compare</source>
        <translation>{coverage}, muy pocos para comparar</translation>
    </message>
    <message>
        <source>{drop} points</source>
        <translation>{drop} puntos</translation>
    </message>
    <message numerus="yes">
        <source>{hours} a week on average over %n week(s) (week by week in the details)</source>
        <translation>
            <numerusform>{hours} por semana de promedio durante %n semana (semana a semana en los detalles)</numerusform>
            <numerusform>{hours} por semana de promedio durante %n semanas (semana a semana en los detalles)</numerusform>
        </translation>
    </message>
    <message>
        <source>{hours} hours</source>
        <translation>{hours} horas</translation>
    </message>
    <message>
        <source>{name}: fell {drop}</source>
        <translation>{name}: bajó {drop}</translation>
    </message>
    <message>
        <source>{option} {text!r} is not a date; use YYYY-MM-DD, e.g. 2026-03-01</source>
        <translation>{option} {text!r} no es una fecha; usa AAAA-MM-DD, p. ej., 2026-03-01</translation>
    </message>
    <message>
        <source>{option} {text!r} is not a real date ({error})</source>
        <translation>{option} {text!r} no es una fecha real ({error})</translation>
    </message>
    <message>
        <source>{questionnaire}: {total} ({band}) on {day}</source>
        <translation>{questionnaire}: {total} ({band}) el {day}</translation>
    </message>
    <message>
        <source>{stretch} in the current stretch · longest {longest} · {total} in all</source>
        <translation>{stretch} en la racha actual · la más larga: {longest} · {total} en total</translation>
    </message>
    <message>
        <source>“How am I really doing?”</source>
        <translation>«¿Cómo estoy de verdad?»</translation>
    </message>
    <message>
        <source>⚑ Please note:</source>
        <translation>⚑ Importante:</translation>
    </message>
</context>
<context>
    <name>Summary chart</name>
    <message>
        <source>Coping tools ranked by how much craving fell after using them (ranked only from {rated} or more uses rated before and after).</source>
        <translation>Estrategias ordenadas según cuánto bajó el deseo de consumir al usarlas (solo se ordenan a partir de {rated} o más usos valorados antes y después).</translation>
    </message>
    <message>
        <source>How I've been</source>
        <translation>Cómo he estado</translation>
    </message>
    <message>
        <source>How often each trigger was ticked on a check-in or tagged on a journal entry (private entries are not counted), by kind.</source>
        <translation>Con qué frecuencia se marcó cada detonante en un registro o se etiquetó en una entrada del diario (las entradas privadas no se cuentan), por tipo.</translation>
    </message>
    <message>
        <source>Mood and craving from check-ins through the period, with a 7-day mean.</source>
        <translation>Ánimo y deseo de consumir de los registros a lo largo del periodo, con la media de 7 días.</translation>
    </message>
    <message>
        <source>Triggers ticked on check-ins, by weekday and time of day.</source>
        <translation>Detonantes marcados en los registros, por día de la semana y hora del día.</translation>
    </message>
    <message>
        <source>What helps</source>
        <translation>Qué ayuda</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Which triggers</source>
        <translation>Qué detonantes</translation>
    </message>
</context>
<context>
    <name>Summary section</name>
    <message>
        <source>Charts</source>
        <translation>Gráficos</translation>
    </message>
    <message>
        <source>Coping tools</source>
        <translation>Estrategias de afrontamiento</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <source>Key numbers</source>
        <translation>Cifras clave</translation>
    </message>
    <message>
        <source>Lapses</source>
        <translation>Deslices</translation>
    </message>
    <message>
        <source>My plan</source>
        <translation>Mi plan</translation>
    </message>
    <message>
        <source>People I can call: names and notes</source>
        <translation>Personas a las que puedo llamar: nombres y notas</translation>
    </message>
    <message>
        <source>Questionnaires, sleep and medication</source>
        <translation>Cuestionarios, sueño y medicación</translation>
    </message>
    <message>
        <source>Reflections and entries I chose</source>
        <translation>Reflexiones y entradas que elegí</translation>
    </message>
    <message>
        <source>Since my last summary</source>
        <translation>Desde mi último resumen</translation>
    </message>
    <message>
        <source>Top triggers</source>
        <translation>Detonantes principales</translation>
    </message>
    <message>
        <source>Treatment and support, week by week</source>
        <translation>Tratamiento y apoyo, semana a semana</translation>
    </message>
    <message>
        <source>Weekly goals</source>
        <translation>Metas semanales</translation>
    </message>
    <message>
        <source>What I want to talk about</source>
        <translation>De qué quiero hablar</translation>
    </message>
    <message>
        <source>What happened around each lapse, in my words</source>
        <translation>Qué pasó alrededor de cada desliz, en mis palabras</translation>
    </message>
</context>
<context>
    <name>TimeField</name>
    <message>
        <source>Hours and minutes, 24-hour clock, e.g. 20:30</source>
        <translation>Horas y minutos, reloj de 24 horas, p. ej., 20:30</translation>
    </message>
</context>
<context>
    <name>Today</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Craving {craving}/10</source>
        <translation>Deseo {craving}/10</translation>
    </message>
    <message>
        <source>Craving {craving}/10 for {substance}</source>
        <translation>Deseo {craving}/10 de {substance}</translation>
    </message>
    <message>
        <source>Mood {mood} · {label}</source>
        <translation>Ánimo {mood} · {label}</translation>
    </message>
    <message>
        <source>Triggers: {names}</source>
        <translation>Detonantes: {names}</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
    <message>
        <source>after coping {craving_after}/10</source>
        <translation>tras la estrategia {craving_after}/10</translation>
    </message>
    <message numerus="yes">
        <source>{date}  —  {title}  (%n word(s))</source>
        <translation>
            <numerusform>{date}  —  {title}  (%n palabra)</numerusform>
            <numerusform>{date}  —  {title}  (%n palabras)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Check-in moved to the trash. Ctrl+Z brings it back.</source>
        <translation>Registro movido a la papelera. Ctrl+Z lo recupera.</translation>
    </message>
    <message>
        <source>Check-in {when}</source>
        <translation>Registro del {when}</translation>
    </message>
    <message>
        <source>How you feel, any craving and what set it off — in a few seconds</source>
        <translation>Cómo te sientes, si tienes deseo de consumir y qué lo provocó, en unos segundos</translation>
    </message>
    <message>
        <source>Lapse moved to the trash. Ctrl+Z brings it back.</source>
        <translation>Desliz movido a la papelera. Ctrl+Z lo recupera.</translation>
    </message>
    <message>
        <source>Lapse {lapse_line}</source>
        <translation>Desliz {lapse_line}</translation>
    </message>
    <message>
        <source>Lapses</source>
        <translation>Deslices</translation>
    </message>
    <message>
        <source>Latest journal entries</source>
        <translation>Últimas entradas del diario</translation>
    </message>
    <message>
        <source>Log a lapse…</source>
        <translation>Anotar un desliz…</translation>
    </message>
    <message>
        <source>No check-ins yet today. One takes a few seconds.</source>
        <translation>Todavía no hay registros hoy. Uno toma unos segundos.</translation>
    </message>
    <message>
        <source>Nothing written yet. The {page} page (Ctrl+2) is there whenever you want to write.</source>
        <translation>Aún no has escrito nada. La página {page} (Ctrl+2) está ahí cuando quieras escribir.</translation>
    </message>
    <message>
        <source>Quick check-in   (Ctrl+K)</source>
        <translation>Registro rápido   (Ctrl+K)</translation>
    </message>
    <message>
        <source>Sober days</source>
        <translation>Días sin consumir</translation>
    </message>
    <message>
        <source>Start tracking a substance…</source>
        <translation>Empezar a seguir una sustancia…</translation>
    </message>
    <message>
        <source>Today's check-ins</source>
        <translation>Registros de hoy</translation>
    </message>
    <message>
        <source>Track a substance to see your sober days here: how long this run is, your longest, and your total.</source>
        <translation>Sigue una sustancia para ver aquí tus días sin consumir: cuánto dura esta racha, la más larga y el total.</translation>
    </message>
    <message>
        <source>Track another substance…</source>
        <translation>Seguir otra sustancia…</translation>
    </message>
</context>
<context>
    <name>TrackingStep</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>&amp;Since</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <source>&amp;What</source>
        <translation>&amp;Qué</translation>
    </message>
    <message>
        <source>Name what you are stepping away from and the day you started, to see your days add up. Add as many as you like; a lapse later never erases the days before it.</source>
        <translation>Nombra aquello de lo que te estás alejando y el día en que empezaste, para ver cómo se suman tus días. Añade todo lo que quieras; una recaída nunca borra los días anteriores.</translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>Type the day you started, e.g. 15 Oct 2026, or pick it on the calendar.</source>
        <translation>Escribe el día en que empezaste, p. ej., 15 oct 2026, o elígelo en el calendario.</translation>
    </message>
    <message>
        <source>e.g. Alcohol</source>
        <translation>p. ej., Alcohol</translation>
    </message>
    <message>
        <source>“{name}” is already tracked. Choose another name.</source>
        <translation>«{name}» ya tiene seguimiento. Elige otro nombre.</translation>
    </message>
</context>
<context>
    <name>TrashPage</name>
    <message>
        <source>Restore the chosen records</source>
        <translation>Restaurar los registros elegidos</translation>
    </message>
</context>
<context>
    <name>TreatmentPage</name>
    <message>
        <source>No sessions logged yet. Fill in when and what kind above, then press Log session.</source>
        <translation>Aún no hay sesiones anotadas. Indica arriba cuándo y de qué tipo, y pulsa Anotar sesión.</translation>
    </message>
</context>
<context>
    <name>Trigger kind</name>
    <message>
        <source>Emotional</source>
        <translation>Emocional</translation>
    </message>
    <message>
        <source>Environmental</source>
        <translation>Del entorno</translation>
    </message>
    <message>
        <source>Risk factor</source>
        <translation>Factor de riesgo</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>Social</translation>
    </message>
</context>
<context>
    <name>ViewMenu</name>
    <message>
        <source>&amp;Bigger text</source>
        <translation>Texto más &amp;grande</translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation>Tamaño de texto &amp;normal</translation>
    </message>
    <message>
        <source>&amp;Pages</source>
        <translation>&amp;Páginas</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>Texto más &amp;pequeño</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Same as the computer</source>
        <translation>Igual que el ordenador</translation>
    </message>
    <message>
        <source>Text size: {scale} %</source>
        <translation>Tamaño del texto: {scale} %</translation>
    </message>
</context>
<context>
    <name>WelcomeWizard</name>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Terminar</translation>
    </message>
    <message>
        <source>A daily check-in reminder</source>
        <translation>Un recordatorio diario de registro</translation>
    </message>
    <message>
        <source>One person to call</source>
        <translation>Una persona a quien llamar</translation>
    </message>
    <message>
        <source>Protect your journal?</source>
        <translation>¿Proteger tu diario?</translation>
    </message>
    <message>
        <source>S&amp;kip this step</source>
        <translation>Sal&amp;tar este paso</translation>
    </message>
    <message>
        <source>Skip the &amp;rest</source>
        <translation>Saltar el &amp;resto</translation>
    </message>
    <message>
        <source>Three go-to actions</source>
        <translation>Tres acciones de referencia</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Bienvenida</translation>
    </message>
    <message>
        <source>Welcome to Recovery Journal</source>
        <translation>Te damos la bienvenida a Recovery Journal</translation>
    </message>
    <message>
        <source>What you are tracking</source>
        <translation>Lo que sigues</translation>
    </message>
    <message>
        <source>Your crisis line</source>
        <translation>Tu línea de crisis</translation>
    </message>
    <message>
        <source>Your treatment program</source>
        <translation>Tu programa de tratamiento</translation>
    </message>
</context>
</TS>
