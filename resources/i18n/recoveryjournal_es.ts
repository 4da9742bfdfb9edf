<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
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
    <name>ExportSummaryDialog</name>
    <message>
        <source>Entries, notes and reflections to share</source>
        <translation>Entradas, notas y reflexiones para compartir</translation>
    </message>
    <message>
        <source>Journal entry</source>
        <translation>Entrada del diario</translation>
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
        <source>Open “Need help now” after a craving of</source>
        <translation>Abrir «Necesito ayuda ahora» tras un deseo de consumo de</translation>
    </message>
    <message>
        <source>Remind me of the &amp;weekly review on the last day of the week</source>
        <translation>Recordarme el repaso &amp;semanal el último día de la semana</translation>
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
        <source>Longest: {longest_days}   ·   Total: {total_days} sober</source>
        <translation>Racha más larga: {longest_days}   ·   Total: {total_days} sin consumir</translation>
    </message>
    <message>
        <source>Milestone today: {label}! {reflection}</source>
        <translation>¡Hoy cumples un logro: {label}! {reflection}</translation>
    </message>
    <message>
        <source>Next milestone: {label}, on {date}</source>
        <translation>Próximo logro: {label}, el {date}</translation>
    </message>
    <message numerus="yes">
        <source>day(s) free from {name}</source>
        <translation>
            <numerusform>día libre de {name}</numerusform>
            <numerusform>días libres de {name}</numerusform>
        </translation>
    </message>
    <message>
        <source>{current_days} without {name}</source>
        <translation>{current_days} sin {name}</translation>
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
        <source>Nothing written yet.</source>
        <translation>Aún no has escrito nada.</translation>
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
    <name>TrashPage</name>
    <message>
        <source>Restore the chosen records</source>
        <translation>Restaurar los registros elegidos</translation>
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
</TS>
