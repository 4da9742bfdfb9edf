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
    <name>Attendance</name>
    <message>
        <source> (after the program)</source>
        <translation> (después del programa)</translation>
    </message>
    <message>
        <source> (my aftercare aim: {aim} a week)</source>
        <translation> (mi objetivo de seguimiento: {aim} por semana)</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s), {hours} hours</source>
        <translation>
            <numerusform>%n sesión, {hours} horas</numerusform>
            <numerusform>%n sesiones, {hours} horas</numerusform>
        </translation>
    </message>
    <message>
        <source>Add your program's start date to see where you are in it.</source>
        <translation>Añade la fecha de inicio de tu programa para ver en qué punto estás.</translation>
    </message>
    <message>
        <source>Check-in rhythm</source>
        <translation>Ritmo de registros</translation>
    </message>
    <message>
        <source>Continuing therapy</source>
        <translation>Terapia continuada</translation>
    </message>
    <message>
        <source>Groups and meetings</source>
        <translation>Grupos y reuniones</translation>
    </message>
    <message>
        <source>Sponsor or mentor</source>
        <translation>Padrino, madrina o mentor</translation>
    </message>
    <message>
        <source>Week {week} of your program.</source>
        <translation>Semana {week} de tu programa.</translation>
    </message>
    <message>
        <source>Week {week} of {total} — your program ends on {day}.</source>
        <translation>Semana {week} de {total}: tu programa termina el {day}.</translation>
    </message>
    <message>
        <source>Your program ended on {day}. Your aftercare plan is what comes next.</source>
        <translation>Tu programa terminó el {day}. Lo que sigue es tu plan de seguimiento.</translation>
    </message>
    <message>
        <source>Your program starts on {day}.</source>
        <translation>Tu programa empieza el {day}.</translation>
    </message>
    <message>
        <source>aftercare</source>
        <translation>seguimiento</translation>
    </message>
    <message>
        <source>aftercare: {done} of {aim} session</source>
        <translation>seguimiento: {done} de {aim} sesión</translation>
    </message>
    <message>
        <source>aftercare: {done} of {aim} sessions</source>
        <translation>seguimiento: {done} de {aim} sesiones</translation>
    </message>
    <message>
        <source>before the program</source>
        <translation>antes del programa</translation>
    </message>
    <message>
        <source>met</source>
        <translation>cumplido</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>todavía no</translation>
    </message>
    <message numerus="yes">
        <source>{hours} of {target} hours, on %n day(s)</source>
        <translation>
            <numerusform>{hours} de {target} horas, en %n día</numerusform>
            <numerusform>{hours} de {target} horas, en %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{met} (program: %n day(s))</source>
        <translation>
            <numerusform>{met} (programa: %n día)</numerusform>
            <numerusform>{met} (programa: %n días)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>an empty journal</source>
        <translation>un diario vacío</translation>
    </message>
    <message>
        <source>it holds no journal</source>
        <translation>no contiene ningún diario</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
</context>
<context>
    <name>Base</name>
    <message>
        <source>Tags: {join}</source>
        <translation>Etiquetas: {join}</translation>
    </message>
    <message>
        <source>a quoted cell starts here and is never closed, so the file looks cut off or damaged</source>
        <translation>aquí empieza una celda entre comillas que nunca se cierra, así que el archivo parece cortado o dañado</translation>
    </message>
    <message>
        <source>its directory is missing</source>
        <translation>falta su carpeta</translation>
    </message>
    <message>
        <source>line 1</source>
        <translation>línea 1</translation>
    </message>
    <message>
        <source>line {lineno}</source>
        <translation>línea {lineno}</translation>
    </message>
    <message>
        <source>line {line}</source>
        <translation>línea {line}</translation>
    </message>
    <message>
        <source>line {start}</source>
        <translation>línea {start}</translation>
    </message>
    <message>
        <source>the columns do not look right: missing {join} (found: {join2})</source>
        <translation>las columnas no parecen correctas: falta {join} (se encontró: {join2})</translation>
    </message>
    <message>
        <source>the data is nested far too deeply (more than {MAX_JSON_DEPTH} levels)</source>
        <translation>los datos están anidados demasiado (más de {MAX_JSON_DEPTH} niveles)</translation>
    </message>
    <message>
        <source>the file contains {name}, which is not a number JSON allows</source>
        <translation>el archivo contiene {name}, que no es un número que JSON permita</translation>
    </message>
    <message>
        <source>the file holds a value that cannot be read ({error})</source>
        <translation>el archivo contiene un valor que no se puede leer ({error})</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <source>the first line should name the columns, but it is empty</source>
        <translation>la primera línea debería nombrar las columnas, pero está vacía</translation>
    </message>
    <message>
        <source>the key {key!r} appears twice in one object, so it is unclear which to keep</source>
        <translation>la clave {key!r} aparece dos veces en un mismo objeto, así que no está claro cuál conservar</translation>
    </message>
    <message>
        <source>the number {text} is too large</source>
        <translation>el número {text} es demasiado grande</translation>
    </message>
    <message>
        <source>the zip file holds more than {MAX_ZIP_MEMBERS} files, too many to import</source>
        <translation>el archivo zip contiene más de {MAX_ZIP_MEMBERS} archivos, demasiados para importar</translation>
    </message>
    <message>
        <source>the zip file is damaged or incomplete ({error})</source>
        <translation>el archivo zip está dañado o incompleto ({error})</translation>
    </message>
    <message>
        <source>the zip file would unpack to more than 512 MB, too much to import</source>
        <translation>el archivo zip ocuparía más de 512 MB al descomprimirse, demasiado para importar</translation>
    </message>
    <message>
        <source>this is not UTF-8 text. Export the file again as UTF-8 (or CSV/JSON) and try once more.</source>
        <translation>esto no es texto UTF-8. Vuelve a exportar el archivo como UTF-8 (o CSV/JSON) e inténtalo otra vez.</translation>
    </message>
    <message>
        <source>this is not valid CSV ({error})</source>
        <translation>esto no es un CSV válido ({error})</translation>
    </message>
    <message>
        <source>this is not valid JSON ({msg})</source>
        <translation>esto no es un JSON válido ({msg})</translation>
    </message>
    <message>
        <source>this row has {record} cells but the header has {header}</source>
        <translation>esta fila tiene {record} celdas, pero el encabezado tiene {header}</translation>
    </message>
    <message>
        <source>{path} could not be read ({error})</source>
        <translation>no se pudo leer {path} ({error})</translation>
    </message>
</context>
<context>
    <name>Bearable</name>
    <message>
        <source>Gratitude</source>
        <translation>Gratitud</translation>
    </message>
    <message>
        <source>Mood {rating}/10</source>
        <translation>Ánimo {rating}/10</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Sleep: {hours_slept}</source>
        <translation>Sueño: {hours_slept}</translation>
    </message>
    <message>
        <source>date formatted</source>
        <translation>fecha con formato</translation>
    </message>
    <message>
        <source>gratitudes of {day}</source>
        <translation>agradecimientos del {day}</translation>
    </message>
    <message>
        <source>line {line}</source>
        <translation>línea {line}</translation>
    </message>
    <message>
        <source>the time of day “{label}” is not one Bearable uses; put at midday</source>
        <translation>el momento del día «{label}» no es uno de los que usa Bearable; se puso al mediodía</translation>
    </message>
    <message>
        <source>{error}; this row was skipped</source>
        <translation>{error}; se omitió esta fila</translation>
    </message>
</context>
<context>
    <name>BreathingGuide</name>
    <message>
        <source>Breathe again</source>
        <translation>Respira otra vez</translation>
    </message>
    <message>
        <source>Breathe in… {math}</source>
        <translation>Inhala… {math}</translation>
    </message>
    <message>
        <source>Notice how your body feels now.</source>
        <translation>Nota cómo se siente tu cuerpo ahora.</translation>
    </message>
    <message>
        <source>Well done</source>
        <translation>Bien hecho</translation>
    </message>
    <message>
        <source>{left}:{left2:02d} left</source>
        <translation>quedan {left}:{left2:02d}</translation>
    </message>
    <message>
        <source>…and out… {math}</source>
        <translation>…y exhala… {math}</translation>
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
    <name>ChartKeys</name>
    <message>
        <source>Arrow keys move between the values, Enter lists what is behind one. {values}</source>
        <translation>Las flechas pasan de un valor a otro; Intro muestra lo que hay detrás. {values}</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>y %n más</numerusform>
            <numerusform>y %n más</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message numerus="yes">
        <source> · %n more trigger(s) in the table</source>
        <translation>
            <numerusform> · %n detonante más en la tabla</numerusform>
            <numerusform> · %n detonantes más en la tabla</numerusform>
        </translation>
    </message>
    <message>
        <source> · dashed line: average of all check-ins, {mean}</source>
        <translation> · línea discontinua: media de todos los registros, {mean}</translation>
    </message>
    <message>
        <source> · first → last: {first} → {last}</source>
        <translation> · primero → último: {first} → {last}</translation>
    </message>
    <message>
        <source> · no comparison ({coverage})</source>
        <translation> · sin comparación ({coverage})</translation>
    </message>
    <message numerus="yes">
        <source>%n check-in(s)</source>
        <translation>
            <numerusform>%n registro</numerusform>
            <numerusform>%n registros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) with check-ins</source>
        <translation>
            <numerusform>%n día con registros</numerusform>
            <numerusform>%n días con registros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s)</source>
        <translation>
            <numerusform>%n entrada</numerusform>
            <numerusform>%n entradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lapse day(s)</source>
        <translation>
            <numerusform>%n día con un desliz</numerusform>
            <numerusform>%n días con un desliz</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n night(s) logged · {short} under {hours} h</source>
        <translation>
            <numerusform>%n noche anotada · {short} con menos de {hours} h</numerusform>
            <numerusform>%n noches anotadas · {short} con menos de {hours} h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rated use(s)</source>
        <translation>
            <numerusform>%n uso valorado</numerusform>
            <numerusform>%n usos valorados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rated use(s): too few to rank (needs {needed})</source>
        <translation>
            <numerusform>%n uso valorado: aún pocos para ordenar (hacen falta {needed})</numerusform>
            <numerusform>%n usos valorados: aún pocos para ordenar (hacen falta {needed})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n resultado</numerusform>
            <numerusform>%n resultados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sober day(s)</source>
        <translation>
            <numerusform>%n día sin consumir</numerusform>
            <numerusform>%n días sin consumir</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n time(s)</source>
        <translation>
            <numerusform>%n vez</numerusform>
            <numerusform>%n veces</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n use(s)</source>
        <translation>
            <numerusform>%n uso</numerusform>
            <numerusform>%n usos</numerusform>
        </translation>
    </message>
    <message>
        <source>A dose missed</source>
        <translation>Una dosis olvidada</translation>
    </message>
    <message>
        <source>A dose missed ({rate} of doses taken)</source>
        <translation>Se omitió una dosis (se tomó el {rate} de las dosis)</translation>
    </message>
    <message>
        <source>A lapse was logged</source>
        <translation>Se anotó un desliz</translation>
    </message>
    <message>
        <source>A lapse was logged this day</source>
        <translation>Este día se anotó un desliz</translation>
    </message>
    <message>
        <source>All doses taken</source>
        <translation>Todas las dosis tomadas</translation>
    </message>
    <message>
        <source>All uses</source>
        <translation>Usos en total</translation>
    </message>
    <message>
        <source>An answer called for support</source>
        <translation>Una respuesta pedía apoyo</translation>
    </message>
    <message>
        <source>Average craving</source>
        <translation>Deseo de consumir medio</translation>
    </message>
    <message>
        <source>Average craving (0–10)</source>
        <translation>Deseo de consumir medio (0–10)</translation>
    </message>
    <message>
        <source>Average craving (0–10) on check-ins with this trigger; whisker = usual spread</source>
        <translation>Deseo de consumir medio (0–10) en los registros con este detonante; bigote = variación habitual</translation>
    </message>
    <message>
        <source>Average craving drop</source>
        <translation>Bajada media del deseo de consumir</translation>
    </message>
    <message>
        <source>Average drop in craving (before − after, 0–10 scale); longer is more helpful</source>
        <translation>Bajada media del deseo de consumir (antes − después, escala 0–10); cuanto más larga, más ayuda</translation>
    </message>
    <message>
        <source>Average mood</source>
        <translation>Ánimo medio</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Rango</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Check in on a few days, or set the date your sobriety began in your plan, to fill in the calendar.</source>
        <translation>Haz tu registro algunos días, o pon en tu plan la fecha en que empezó tu recuperación, para llenar el calendario.</translation>
    </message>
    <message>
        <source>Check in when a trigger shows up (at least five times) to see which days and hours are hardest.</source>
        <translation>Haz un registro cuando aparezca un detonante (al menos cinco veces) para ver qué días y horas son más difíciles.</translation>
    </message>
    <message>
        <source>Check in with your mood and craving on at least three different days to see how things move.</source>
        <translation>Registra tu ánimo y tu deseo de consumir al menos tres días distintos para ver cómo van cambiando las cosas.</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>Check-ins and entries on {day}</source>
        <translation>Registros y entradas del {day}</translation>
    </message>
    <message>
        <source>Check-ins where you used “{name}”</source>
        <translation>Registros en los que usaste «{name}»</translation>
    </message>
    <message>
        <source>Check-ins with triggers on {span}</source>
        <translation>Registros con detonantes: {span}</translation>
    </message>
    <message>
        <source>Check-ins with “{name}” and a craving rating</source>
        <translation>Registros con «{name}» y una valoración del deseo de consumir</translation>
    </message>
    <message>
        <source>Coping tool</source>
        <translation>Herramienta de afrontamiento</translation>
    </message>
    <message>
        <source>Craving</source>
        <translation>Deseo de consumir</translation>
    </message>
    <message>
        <source>Craving (0 = none, 10 = strongest)</source>
        <translation>Deseo de consumir (0 = ningún deseo, 10 = el más fuerte)</translation>
    </message>
    <message>
        <source>Craving (0–10)</source>
        <translation>Deseo de consumir (0–10)</translation>
    </message>
    <message>
        <source>Craving 7-day average</source>
        <translation>Deseo de consumir, media de 7 días</translation>
    </message>
    <message>
        <source>Craving {value} (7-day average {mean})</source>
        <translation>Deseo de consumir {value} (media de 7 días {mean})</translation>
    </message>
    <message>
        <source>Cravings on {span}</source>
        <translation>Deseo de consumir: {span}</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Intervalo propio</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Entradas</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Todo</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>How I've been</source>
        <translation>Cómo he estado</translation>
    </message>
    <message>
        <source>How am I really doing?</source>
        <translation>¿Cómo estoy de verdad?</translation>
    </message>
    <message>
        <source>In {period}</source>
        <translation>En {period}</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Lapse</source>
        <translation>Desliz</translation>
    </message>
    <message>
        <source>Lapses</source>
        <translation>Deslices</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Últimos 90 días</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Último año</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Medicación</translation>
    </message>
    <message>
        <source>Medication taken</source>
        <translation>Medicación tomada</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Ánimo</translation>
    </message>
    <message>
        <source>Mood (1–5)</source>
        <translation>Ánimo (1–5)</translation>
    </message>
    <message>
        <source>Mood 7-day average</source>
        <translation>Ánimo, media de 7 días</translation>
    </message>
    <message>
        <source>Mood {mood} · craving {craving}</source>
        <translation>Ánimo {mood} · deseo de consumir {craving}</translation>
    </message>
    <message>
        <source>Mood {value} (7-day average {mean})</source>
        <translation>Ánimo {value} (media de 7 días {mean})</translation>
    </message>
    <message>
        <source>My year, day by day</source>
        <translation>Mi año, día a día</translation>
    </message>
    <message>
        <source>No check-ins</source>
        <translation>Sin registros</translation>
    </message>
    <message>
        <source>No medication noted</source>
        <translation>No hay medicación anotada</translation>
    </message>
    <message>
        <source>No sleep noted</source>
        <translation>No se anotó el sueño</translation>
    </message>
    <message>
        <source>Not enough to show a pattern yet</source>
        <translation>Aún no hay suficiente para mostrar un patrón</translation>
    </message>
    <message>
        <source>Not enough to show a pattern yet for {period}</source>
        <translation>Aún no hay suficiente para mostrar un patrón en {period}</translation>
    </message>
    <message>
        <source>Note your sleep or your medications in a few check-ins to see them beside your mood and craving.</source>
        <translation>Anota tu sueño o tus medicamentos en algunos registros para verlos junto a tu ánimo y tu deseo de consumir.</translation>
    </message>
    <message>
        <source>Nothing logged</source>
        <translation>Nada anotado</translation>
    </message>
    <message>
        <source>Out of 10</source>
        <translation>Sobre 10</translation>
    </message>
    <message>
        <source>Period before</source>
        <translation>Periodo anterior</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Cuestionario</translation>
    </message>
    <message>
        <source>Questionnaires over time</source>
        <translation>Cuestionarios a lo largo del tiempo</translation>
    </message>
    <message>
        <source>Ranked</source>
        <translation>Ordenada</translation>
    </message>
    <message>
        <source>Rate your craving and tick the triggers in at least three check-ins to compare what each trigger does.</source>
        <translation>Valora tu deseo de consumir y marca los detonantes en al menos tres registros para comparar qué hace cada detonante.</translation>
    </message>
    <message>
        <source>Rate your craving in at least five check-ins, at different times, to see when cravings run high.</source>
        <translation>Valora tu deseo de consumir en al menos cinco registros, a distintas horas, para ver cuándo es más fuerte.</translation>
    </message>
    <message>
        <source>Rated uses</source>
        <translation>Usos valorados</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Score {score} of {most}: {band}</source>
        <translation>Puntuación {score} de {most}: {band}</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Sleep</source>
        <translation>Sueño</translation>
    </message>
    <message>
        <source>Sleep (hours)</source>
        <translation>Sueño (horas)</translation>
    </message>
    <message>
        <source>Sleep quality</source>
        <translation>Calidad del sueño</translation>
    </message>
    <message>
        <source>Sleep {hours} h, quality {quality}</source>
        <translation>Sueño {hours} h, calidad {quality}</translation>
    </message>
    <message>
        <source>Sleep, medication, mood and craving</source>
        <translation>Sueño, medicación, ánimo y deseo de consumir</translation>
    </message>
    <message>
        <source>Sober day</source>
        <translation>Día sin consumir</translation>
    </message>
    <message>
        <source>Sober day, no check-in</source>
        <translation>Día sin consumir, sin registro</translation>
    </message>
    <message>
        <source>Sober or lapse</source>
        <translation>Sin consumir o desliz</translation>
    </message>
    <message>
        <source>Spread (±)</source>
        <translation>Variación (±)</translation>
    </message>
    <message>
        <source>Take a questionnaire from Today or the Measures page to see your scores over time.</source>
        <translation>Responde un cuestionario desde Hoy o desde la página Cuestionarios para ver tus puntuaciones a lo largo del tiempo.</translation>
    </message>
    <message>
        <source>Tick every trigger that was there when you check in; once two show up together a few times, it shows here.</source>
        <translation>Marca cada detonante presente cuando haces tu registro; cuando dos aparezcan juntos unas cuantas veces, se verá aquí.</translation>
    </message>
    <message>
        <source>Tick the triggers that were there when you check in; after a few check-ins they show up here.</source>
        <translation>Marca los detonantes presentes cuando haces tu registro; tras unos cuantos registros aparecerán aquí.</translation>
    </message>
    <message>
        <source>Time of day (your local time)</source>
        <translation>Hora del día (tu hora local)</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Veces</translation>
    </message>
    <message>
        <source>Times ticked on a check-in or tagged on a journal entry
(private entries not counted)</source>
        <translation>Veces marcado en un registro o etiquetado en una entrada del diario
(las entradas privadas no cuentan)</translation>
    </message>
    <message>
        <source>Times “{name}” was logged</source>
        <translation>Veces que se anotó «{name}»</translation>
    </message>
    <message>
        <source>Treatment session</source>
        <translation>Sesión de tratamiento</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Detonante</translation>
    </message>
    <message>
        <source>Triggers</source>
        <translation>Detonantes</translation>
    </message>
    <message>
        <source>Triggers logged</source>
        <translation>Detonantes anotados</translation>
    </message>
    <message>
        <source>Under {hours} h</source>
        <translation>Menos de {hours} h</translation>
    </message>
    <message>
        <source>Unnamed trigger</source>
        <translation>Detonante sin nombre</translation>
    </message>
    <message>
        <source>What each trigger does to cravings</source>
        <translation>Qué hace cada detonante con el deseo de consumir</translation>
    </message>
    <message>
        <source>What helps: how much each tool eased a craving</source>
        <translation>Qué ayuda: cuánto alivió cada herramienta el deseo de consumir</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>When cravings run high</source>
        <translation>Cuándo el deseo de consumir es más fuerte</translation>
    </message>
    <message>
        <source>When triggers come up</source>
        <translation>Cuándo aparecen los detonantes</translation>
    </message>
    <message>
        <source>When you use a coping tool, rate your craving before and after (at least twice) to see what helps most.</source>
        <translation>Cuando uses una herramienta de afrontamiento, valora tu deseo de consumir antes y después (al menos dos veces) para ver qué te ayuda más.</translation>
    </message>
    <message>
        <source>Which triggers came up</source>
        <translation>Qué detonantes aparecieron</translation>
    </message>
    <message>
        <source>Which triggers come together</source>
        <translation>Qué detonantes aparecen juntos</translation>
    </message>
    <message>
        <source>answer called for support</source>
        <translation>una respuesta pidió apoyo</translation>
    </message>
    <message>
        <source>lapse</source>
        <translation>desliz</translation>
    </message>
    <message>
        <source>midnight</source>
        <translation>medianoche</translation>
    </message>
    <message>
        <source>needs {count}</source>
        <translation>hacen falta {count}</translation>
    </message>
    <message>
        <source>noon</source>
        <translation>mediodía</translation>
    </message>
    <message>
        <source>sober</source>
        <translation>sin consumir</translation>
    </message>
    <message numerus="yes">
        <source>used %n time(s), not rated before and after</source>
        <translation>
            <numerusform>usada %n vez, sin valorar antes y después</numerusform>
            <numerusform>usada %n veces, sin valorar antes y después</numerusform>
        </translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message numerus="yes">
        <source>{a} and {b}: together %n time(s)</source>
        <translation>
            <numerusform>{a} y {b}: juntos %n vez</numerusform>
            <numerusform>{a} y {b}: juntos %n veces</numerusform>
        </translation>
    </message>
    <message>
        <source>{checkins}, average mood {mood}</source>
        <translation>{checkins}, ánimo medio {mood}</translation>
    </message>
    <message>
        <source>{count} in {period} ({change})</source>
        <translation>{count} en {period} ({change})</translation>
    </message>
    <message numerus="yes">
        <source>{drop} · used %n time(s)</source>
        <translation>
            <numerusform>{drop} · usada %n vez</numerusform>
            <numerusform>{drop} · usada %n veces</numerusform>
        </translation>
    </message>
    <message>
        <source>{hour} am</source>
        <translation>{hour} a. m.</translation>
    </message>
    <message>
        <source>{hour} pm</source>
        <translation>{hour} p. m.</translation>
    </message>
    <message numerus="yes">
        <source>{mean} · %n check-in(s)</source>
        <translation>
            <numerusform>{mean} · %n registro</numerusform>
            <numerusform>{mean} · %n registros</numerusform>
        </translation>
    </message>
    <message>
        <source>{medication}: {rate} taken</source>
        <translation>{medication}: {rate} tomada</translation>
    </message>
    <message>
        <source>{name} ({kind}): {times} — {checkins}, {entries}</source>
        <translation>{name} ({kind}): {times} — {checkins}, {entries}</translation>
    </message>
    <message numerus="yes">
        <source>{name}: average craving {mean} over %n check-in(s) (spread ±{spread})</source>
        <translation>
            <numerusform>{name}: deseo de consumir medio {mean} en %n registro (variación ±{spread})</numerusform>
            <numerusform>{name}: deseo de consumir medio {mean} en %n registros (variación ±{spread})</numerusform>
        </translation>
    </message>
    <message>
        <source>{name}: craving dropped by {drop} on average ({rated}, {uses} in all)</source>
        <translation>{name}: el deseo de consumir bajó {drop} de media ({rated}, {uses} en total)</translation>
    </message>
    <message numerus="yes">
        <source>{name}: logged %n time(s) in all</source>
        <translation>
            <numerusform>{name}: anotado %n vez en total</numerusform>
            <numerusform>{name}: anotado %n veces en total</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name}: used %n time(s), never rated before and after</source>
        <translation>
            <numerusform>{name}: usada %n vez, nunca valorada antes y después</numerusform>
            <numerusform>{name}: usada %n veces, nunca valorada antes y después</numerusform>
        </translation>
    </message>
    <message>
        <source>{period} · check-ins and entries where both were present</source>
        <translation>{period} · registros y entradas en los que aparecieron los dos</translation>
    </message>
    <message>
        <source>{period} · from check-ins · dots: each day · lines: 7-day average</source>
        <translation>{period} · de los registros · puntos: cada día · líneas: media de 7 días</translation>
    </message>
    <message>
        <source>{period} · grey squares: nothing logged then</source>
        <translation>{period} · cuadros grises: nada anotado a esa hora</translation>
    </message>
    <message>
        <source>{period} · ranked from {needed} or more uses rated before and after</source>
        <translation>{period} · ordenado a partir de {needed} o más usos valorados antes y después</translation>
    </message>
    <message>
        <source>{score} of {most}</source>
        <translation>{score} de {most}</translation>
    </message>
    <message numerus="yes">
        <source>{span}: %n trigger(s) logged</source>
        <translation>
            <numerusform>{span}: %n detonante anotado</numerusform>
            <numerusform>{span}: %n detonantes anotados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{span}: average craving {value} over %n check-in(s)</source>
        <translation>
            <numerusform>{span}: deseo de consumir medio {value} en %n registro</numerusform>
            <numerusform>{span}: deseo de consumir medio {value} en %n registros</numerusform>
        </translation>
    </message>
    <message>
        <source>{span}: no craving logged</source>
        <translation>{span}: sin deseo de consumir anotado</translation>
    </message>
    <message>
        <source>{weekday}s, {start}–{end}</source>
        <translation>{weekday}, {start}–{end}</translation>
    </message>
    <message>
        <source>“How am I really doing?” (1 = really struggling, 10 = really well)</source>
        <translation>«¿Cómo estoy de verdad?» (1 = me está costando mucho, 10 = muy bien)</translation>
    </message>
    <message>
        <source>“How am I really doing?” {value}</source>
        <translation>«¿Cómo estoy de verdad?» {value}</translation>
    </message>
    <message>
        <source>“{a}” and “{b}” together</source>
        <translation>«{a}» y «{b}» juntos</translation>
    </message>
</context>
<context>
    <name>CheckInDialog</name>
    <message>
        <source>&amp;Craving</source>
        <translation>&amp;Deseo de consumir</translation>
    </message>
    <message>
        <source>&amp;Mood</source>
        <translation>Á&amp;nimo</translation>
    </message>
    <message>
        <source>&amp;Triggers</source>
        <translation>De&amp;tonantes</translation>
    </message>
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
    <message>
        <source>for</source>
        <translation>de</translation>
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
    <name>Chip</name>
    <message>
        <source>Remove {name}</source>
        <translation>Quitar {name}</translation>
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
    <name>Coping</name>
    <message>
        <source>body</source>
        <translation>cuerpo</translation>
    </message>
    <message>
        <source>creative</source>
        <translation>creatividad</translation>
    </message>
    <message>
        <source>distraction</source>
        <translation>distracción</translation>
    </message>
    <message>
        <source>mind</source>
        <translation>mente</translation>
    </message>
    <message>
        <source>mine</source>
        <translation>mía</translation>
    </message>
    <message>
        <source>people</source>
        <translation>personas</translation>
    </message>
    <message>
        <source>practical</source>
        <translation>práctica</translation>
    </message>
</context>
<context>
    <name>CountryDialog</name>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>Where do you live? Recovery Journal shows a crisis line for your country in “Need help now” (F1), on the lock screen and when you log a lapse. Nothing is looked up online, and you can change it later.</source>
        <translation>¿Dónde vives? Recovery Journal muestra una línea de crisis de tu país en «Necesito ayuda ahora» (F1), en la pantalla de bloqueo y cuando anotas un desliz. No se busca nada en internet, y puedes cambiarlo después.</translation>
    </message>
    <message>
        <source>Your crisis line</source>
        <translation>Tu línea de crisis</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <source>%n PDF(s)</source>
        <translation>
            <numerusform>%n PDF</numerusform>
            <numerusform>%n PDF</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n audio recording(s)</source>
        <translation>
            <numerusform>%n grabación de audio</numerusform>
            <numerusform>%n grabaciones de audio</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check-in(s)</source>
        <translation>
            <numerusform>%n registro</numerusform>
            <numerusform>%n registros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n journal entry(s)</source>
        <translation>
            <numerusform>%n entrada del diario</numerusform>
            <numerusform>%n entradas del diario</numerusform>
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
        <source>%n night(s) of sleep</source>
        <translation>
            <numerusform>%n noche de sueño</numerusform>
            <numerusform>%n noches de sueño</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n foto</numerusform>
            <numerusform>%n fotos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n plan item(s)</source>
        <translation>
            <numerusform>%n elemento del plan</numerusform>
            <numerusform>%n elementos del plan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reflection(s)</source>
        <translation>
            <numerusform>%n reflexión</numerusform>
            <numerusform>%n reflexiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n video(s)</source>
        <translation>
            <numerusform>%n video</numerusform>
            <numerusform>%n videos</numerusform>
        </translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <translation>{first} y {last}</translation>
    </message>
</context>
<context>
    <name>Crisis</name>
    <message>
        <source>Country for the crisis line</source>
        <translation>País de la línea de crisis</translation>
    </message>
    <message>
        <source>My crisis line</source>
        <translation>Mi línea de crisis</translation>
    </message>
    <message>
        <source>Need to talk to someone right now? </source>
        <translation>¿Necesitas hablar con alguien ahora mismo?</translation>
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
    <name>DailyCare</name>
    <message>
        <source>Hours slept last night</source>
        <translation>Horas dormidas anoche</translation>
    </message>
    <message>
        <source>How well I slept</source>
        <translation>Qué tan bien dormí</translation>
    </message>
    <message>
        <source>Not noted</source>
        <translation>Sin anotar</translation>
    </message>
    <message>
        <source>Sleep last night</source>
        <translation>Sueño de anoche</translation>
    </message>
    <message>
        <source>slept, quality</source>
        <translation>dormidas, calidad</translation>
    </message>
    <message>
        <source>{name}: taken, missed or not due</source>
        <translation>{name}: tomada, olvidada o no tocaba</translation>
    </message>
</context>
<context>
    <name>DailyQuestion</name>
    <message>
        <source>1 = really struggling, 10 = really well</source>
        <translation>1 = me está costando mucho, 10 = muy bien</translation>
    </message>
    <message>
        <source>Another question</source>
        <translation>Otra pregunta</translation>
    </message>
    <message>
        <source>Answer saved.</source>
        <translation>Respuesta guardada.</translation>
    </message>
    <message>
        <source>Don't ask me this</source>
        <translation>No me preguntes esto</translation>
    </message>
    <message>
        <source>Hide this question; bring it back any time from My prompts on the {page} page</source>
        <translation>Ocultar esta pregunta; puedes recuperarla cuando quieras desde Mis preguntas, en la página {page}</translation>
    </message>
    <message>
        <source>How am I really doing?</source>
        <translation>¿Cómo estoy de verdad?</translation>
    </message>
    <message>
        <source>In your own words</source>
        <translation>Con tus propias palabras</translation>
    </message>
    <message>
        <source>In your own words, if you like (optional)</source>
        <translation>Con tus propias palabras, si quieres (opcional)</translation>
    </message>
    <message>
        <source>Save answer</source>
        <translation>Guardar respuesta</translation>
    </message>
    <message>
        <source>Save my answer</source>
        <translation>Guardar mi respuesta</translation>
    </message>
    <message>
        <source>Saved. Thank you for checking in with yourself.</source>
        <translation>Guardado. Gracias por tomarte un momento para ti.</translation>
    </message>
    <message>
        <source>Skip this one for now; it may come back another day</source>
        <translation>Saltar esta por ahora; puede volver otro día</translation>
    </message>
    <message>
        <source>That question won't be asked again. You can bring it back from My prompts.</source>
        <translation>No se volverá a hacer esa pregunta. Puedes recuperarla desde Mis preguntas.</translation>
    </message>
    <message>
        <source>That's all the questions for today. Thank you for taking the time.</source>
        <translation>Esas son todas las preguntas de hoy. Gracias por dedicarle tiempo.</translation>
    </message>
    <message>
        <source>Today you said {rating}/10</source>
        <translation>Hoy dijiste {rating}/10</translation>
    </message>
    <message>
        <source>Today's question</source>
        <translation>La pregunta de hoy</translation>
    </message>
    <message>
        <source>Why this question: {reason}</source>
        <translation>Por qué esta pregunta: {reason}</translation>
    </message>
    <message>
        <source>You might also ask yourself: </source>
        <translation>También podrías preguntarte:</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Tu respuesta</translation>
    </message>
</context>
<context>
    <name>Data</name>
    <message>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un número entero</translation>
    </message>
    <message>
        <source>line 1</source>
        <translation>línea 1</translation>
    </message>
    <message>
        <source>line {line}</source>
        <translation>línea {line}</translation>
    </message>
    <message>
        <source>missing {join}</source>
        <translation>falta {join}</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>the columns should be {join}</source>
        <translation>las columnas deberían ser {join}</translation>
    </message>
    <message>
        <source>the export has no “tables”</source>
        <translation>la exportación no tiene «tables»</translation>
    </message>
    <message>
        <source>the export has tables this version does not know: {join}</source>
        <translation>la exportación tiene tablas que esta versión no conoce: {join}</translation>
    </message>
    <message>
        <source>the fields do not match this table ({detail})</source>
        <translation>los campos no coinciden con esta tabla ({detail})</translation>
    </message>
    <message>
        <source>the file {name} is missing from the export</source>
        <translation>falta el archivo {name} en la exportación</translation>
    </message>
    <message>
        <source>the table “{table}” is missing from the export</source>
        <translation>falta la tabla «{table}» en la exportación</translation>
    </message>
    <message>
        <source>this export holds journal format {schema}; this version of Recovery Journal reads format {schema_version}</source>
        <translation>esta exportación tiene el formato de diario {schema}; esta versión de Recovery Journal lee el formato {schema_version}</translation>
    </message>
    <message>
        <source>this export was made in a newer format ({version}); update Recovery Journal to import it</source>
        <translation>esta exportación se hizo en un formato más nuevo ({version}); actualiza Recovery Journal para importarla</translation>
    </message>
    <message>
        <source>this is not a Recovery Journal CSV export: {MANIFEST} is missing</source>
        <translation>esto no es una exportación CSV de Recovery Journal: falta {MANIFEST}</translation>
    </message>
    <message>
        <source>this is not a Recovery Journal export (its “format” is missing or different)</source>
        <translation>esto no es una exportación de Recovery Journal (su «format» falta o es distinto)</translation>
    </message>
    <message>
        <source>this should be a record with named fields</source>
        <translation>esto debería ser un registro con campos con nombre</translation>
    </message>
    <message>
        <source>unknown fields {join}</source>
        <translation>campos desconocidos {join}</translation>
    </message>
    <message>
        <source>{table}, row {number}</source>
        <translation>{table}, fila {number}</translation>
    </message>
    <message>
        <source>“{column}” must have a value</source>
        <translation>“{column}” debe tener un valor</translation>
    </message>
    <message>
        <source>“{column}” should be a finite number, not “{cell}”</source>
        <translation>“{column}” debería ser un número finito, no “{cell}”</translation>
    </message>
    <message>
        <source>“{column}” should be {kind}, not “{cell}”</source>
        <translation>“{column}” debería ser {kind}, no “{cell}”</translation>
    </message>
    <message>
        <source>“{name}” must have a value</source>
        <translation>«{name}» debe tener un valor</translation>
    </message>
    <message>
        <source>“{name}” should be {kind_name}</source>
        <translation>«{name}» debería ser {kind_name}</translation>
    </message>
</context>
<context>
    <name>DataCommand</name>
    <message>
        <source>  … and {count} more</source>
        <translation>  … y {count} más</translation>
    </message>
    <message>
        <source> (Daylio's usual)</source>
        <translation> (lo habitual de Daylio)</translation>
    </message>
    <message>
        <source> Your journal as it was before is backed up in {taken}.</source>
        <translation> Tu diario tal como estaba antes está guardado en una copia de seguridad en {taken}.</translation>
    </message>
    <message>
        <source>--mood-map is only for --format daylio</source>
        <translation>--mood-map es solo para --format daylio</translation>
    </message>
    <message>
        <source>All your data was written to {written} (readable only by you).</source>
        <translation>Todos tus datos se escribieron en {written} (solo tú puedes leerlo).</translation>
    </message>
    <message>
        <source>First records, as they will look:</source>
        <translation>Primeros registros, tal como se verán:</translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation>Importado.</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importando</translation>
    </message>
    <message>
        <source>Moods in the file and their levels (1 very low … 5 very good):</source>
        <translation>Estados de ánimo del archivo y sus niveles (1 muy bajo … 5 muy bien):</translation>
    </message>
    <message>
        <source>Nothing was changed (--dry-run).</source>
        <translation>No se cambió nada (--dry-run).</translation>
    </message>
    <message>
        <source>Nothing was changed (--dry-run); there is no journal in that folder yet.</source>
        <translation>No se cambió nada (--dry-run); todavía no hay ningún diario en esa carpeta.</translation>
    </message>
    <message>
        <source>Nothing was imported: everything in the file is already in your journal.</source>
        <translation>No se importó nada: todo lo del archivo ya está en tu diario.</translation>
    </message>
    <message>
        <source>Read the whole file first; nothing is imported if it cannot be read. A journal that already holds records is backed up before the import.</source>
        <translation>Primero se lee todo el archivo; no se importa nada si no se puede leer. De un diario que ya tiene registros se hace una copia de seguridad antes de importar.</translation>
    </message>
    <message>
        <source>Reading the file</source>
        <translation>Leyendo el archivo</translation>
    </message>
    <message>
        <source>To choose other levels, run again with: --mood-map {shlex}</source>
        <translation>Para elegir otros niveles, vuelve a ejecutarlo con: --mood-map {shlex}</translation>
    </message>
    <message>
        <source>Write every record, the trash and settings included. JSON imports back exactly; CSV is for spreadsheets.</source>
        <translation>Escribe cada registro, incluidos la papelera y los ajustes. JSON se vuelve a importar exactamente igual; CSV es para hojas de cálculo.</translation>
    </message>
    <message>
        <source>import a Recovery Journal export or another app's export (Daylio, jrnl, Day One, Bearable)</source>
        <translation>importar una exportación de Recovery Journal o de otra aplicación (Daylio, jrnl, Day One, Bearable)</translation>
    </message>
    <message>
        <source>json or csv</source>
        <translation>json o csv</translation>
    </message>
    <message>
        <source>no level yet (imported without a mood, the word kept)</source>
        <translation>aún sin nivel (se importa sin ánimo, se conserva la palabra)</translation>
    </message>
    <message>
        <source>nothing was imported: {one_line}</source>
        <translation>no se importó nada: {one_line}</translation>
    </message>
    <message>
        <source>problem(s); these rows are not imported</source>
        <translation>problema(s); estas filas no se importan</translation>
    </message>
    <message>
        <source>record(s) changed since the last import</source>
        <translation>registro(s) cambiado(s) desde la última importación</translation>
    </message>
    <message>
        <source>replace PATH if it already exists</source>
        <translation>reemplazar PATH si ya existe</translation>
    </message>
    <message>
        <source>show what would be imported and change nothing</source>
        <translation>mostrar lo que se importaría sin cambiar nada</translation>
    </message>
    <message>
        <source>the file (or, for csv, an unpacked folder) to import</source>
        <translation>el archivo (o, para csv, una carpeta descomprimida) que se importará</translation>
    </message>
    <message>
        <source>the file to write</source>
        <translation>el archivo que se escribirá</translation>
    </message>
    <message>
        <source>there is no journal in {folder}; pass --data-dir with the folder that holds yours</source>
        <translation>no hay ningún diario en {folder}; indica con --data-dir la carpeta que contiene el tuyo</translation>
    </message>
    <message>
        <source>what kind of file it is</source>
        <translation>qué tipo de archivo es</translation>
    </message>
    <message>
        <source>write everything in the journal to one file (JSON, or CSV files in a zip)</source>
        <translation>escribir todo el diario en un archivo (JSON, o archivos CSV en un zip)</translation>
    </message>
    <message>
        <source>{source} does not exist</source>
        <translation>{source} no existe</translation>
    </message>
</context>
<context>
    <name>DataExport</name>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>Export &amp;all data…</source>
        <translation>Exportar &amp;todos los datos…</translation>
    </message>
</context>
<context>
    <name>DataExportDialog</name>
    <message>
        <source>All your data was saved to {written}</source>
        <translation>Todos tus datos se guardaron en {written}</translation>
    </message>
    <message>
        <source>CSV files in a zip — one table per kind of record, for spreadsheets</source>
        <translation>Archivos CSV en un zip: una tabla por tipo de registro, para hojas de cálculo</translation>
    </message>
    <message>
        <source>Choose where to save the file first.</source>
        <translation>Primero elige dónde guardar el archivo.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Everything in your journal goes into one file: entries, check-ins, triggers, your plan, reflections, treatment, settings and what is in the trash. Take it to another computer, or keep it as your own copy.</source>
        <translation>Todo tu diario va en un archivo: entradas, registros, detonantes, tu plan, reflexiones, tratamiento, ajustes y lo que está en la papelera. Llévalo a otro equipo o guárdalo como tu propia copia.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Export all data</source>
        <translation>Exportar todos los datos</translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>Archivo que se escribirá</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>JSON — everything, exactly; Recovery Journal can import it back</source>
        <translation>JSON: todo, exactamente; Recovery Journal puede volver a importarlo</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>¿Reemplazar el archivo?</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>Guardar como:</translation>
    </message>
    <message>
        <source>The exported file is not protected by your passphrase. Keep it somewhere private, and delete it when you no longer need it.</source>
        <translation>El archivo exportado no está protegido por tu frase de contraseña. Guárdalo en un lugar privado y bórralo cuando ya no lo necesites.</translation>
    </message>
    <message>
        <source>Zip (*.zip)</source>
        <translation>Zip (*.zip)</translation>
    </message>
    <message>
        <source>{path} already exists. Replace it with this export?</source>
        <translation>{path} ya existe. ¿Quieres reemplazarlo con esta exportación?</translation>
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
    <name>DateTimeField</name>
    <message>
        <source>e.g. 15 Oct 2026 14:30</source>
        <translation>p. ej., 15 oct 2026 14:30</translation>
    </message>
    <message>
        <source>“{text}” doesn't read as a date and time yet. Try 15 Oct 2026 14:30 or 2026-10-15 14:30.</source>
        <translation>«{text}» todavía no se entiende como fecha y hora. Prueba con 15 oct 2026 14:30 o 2026-10-15 14:30.</translation>
    </message>
</context>
<context>
    <name>Daylio</name>
    <message>
        <source>Dates were read with {language} month names.</source>
        <translation>Las fechas se leyeron con nombres de mes en {language}.</translation>
    </message>
    <message>
        <source>Daylio mood: “{mood_text}”</source>
        <translation>Ánimo de Daylio: «{mood_text}»</translation>
    </message>
    <message>
        <source>Daylio's</source>
        <translation>de Daylio</translation>
    </message>
    <message>
        <source>line {line}</source>
        <translation>línea {line}</translation>
    </message>
    <message>
        <source>mood levels must be 1 to 5 (check: {join})</source>
        <translation>los niveles de ánimo deben ser de 1 a 5 (revisa: {join})</translation>
    </message>
    <message>
        <source>nothing was recorded in this row besides its time; it was skipped</source>
        <translation>esta fila no tenía nada más que la hora; se omitió</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <source>this row has {record} cells but the header has {header}</source>
        <translation>esta fila tiene {record} celdas, pero el encabezado tiene {header}</translation>
    </message>
    <message>
        <source>{error}; this row was skipped</source>
        <translation>{error}; se omitió esta fila</translation>
    </message>
</context>
<context>
    <name>Dayone</name>
    <message>
        <source>the zip file holds no Day One journal (no .json file at its top level)</source>
        <translation>el archivo zip no contiene ningún diario de Day One (no hay ningún archivo .json en su nivel superior)</translation>
    </message>
    <message>
        <source>this does not look like a Day One JSON export: there is no list of “entries”</source>
        <translation>esto no parece una exportación JSON de Day One: no hay una lista de «entries»</translation>
    </message>
    <message>
        <source>{error}; this entry was skipped</source>
        <translation>{error}; se omitió esta entrada</translation>
    </message>
    <message>
        <source>{join} not imported</source>
        <translation>{join} sin importar</translation>
    </message>
</context>
<context>
    <name>DeleteUndo</name>
    <message>
        <source>&amp;Undo delete</source>
        <translation>&amp;Deshacer eliminación</translation>
    </message>
    <message>
        <source>&amp;Undo delete: {short}</source>
        <translation>&amp;Deshacer eliminación: {short}</translation>
    </message>
    <message>
        <source>Brought back from the trash: {label}</source>
        <translation>Recuperado de la papelera: {label}</translation>
    </message>
</context>
<context>
    <name>Dose</name>
    <message>
        <source>Missed</source>
        <translation>Olvidada</translation>
    </message>
    <message>
        <source>Not due</source>
        <translation>No tocaba</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Tomada</translation>
    </message>
</context>
<context>
    <name>DraftDialog</name>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>&amp;Keep as draft</source>
        <translation>&amp;Guardar como borrador</translation>
    </message>
    <message>
        <source>Go &amp;back</source>
        <translation>&amp;Volver</translation>
    </message>
    <message>
        <source>Keep it as a draft to come back to later, or discard it?</source>
        <translation>¿Lo guardas como borrador para volver después, o lo descartas?</translation>
    </message>
    <message>
        <source>Keep what you wrote?</source>
        <translation>¿Conservar lo que escribiste?</translation>
    </message>
    <message>
        <source>Kept as a draft. File ▸ Unsaved words brings it back.</source>
        <translation>Guardado como borrador. Archivo ▸ Palabras sin guardar lo recupera.</translation>
    </message>
    <message>
        <source>You have typed something here that is not saved yet.</source>
        <translation>Escribiste algo aquí que todavía no está guardado.</translation>
    </message>
</context>
<context>
    <name>DraftKeeper</name>
    <message>
        <source> in {where}</source>
        <translation> en {where}</translation>
    </message>
    <message>
        <source>They could not be kept as a draft either, so please leave this window open.</source>
        <translation>Tampoco se pudieron guardar como borrador, así que, por favor, deja esta ventana abierta.</translation>
    </message>
    <message>
        <source>Your words are kept as a draft{where}, and they are still here: you can try again.</source>
        <translation>Tus palabras están guardadas como borrador{where} y siguen aquí: puedes intentarlo otra vez.</translation>
    </message>
</context>
<context>
    <name>Drafts</name>
    <message>
        <source>Journal entry</source>
        <translation>Entrada del diario</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
</context>
<context>
    <name>DueMeasures</name>
    <message>
        <source>A few minutes each, to see change over time. Never required — skip any of them.</source>
        <translation>Unos minutos cada uno, para ver los cambios con el tiempo. Nunca son obligatorios: salta el que quieras.</translation>
    </message>
    <message>
        <source>Questionnaires due</source>
        <translation>Cuestionarios pendientes</translation>
    </message>
    <message>
        <source>Skip this time</source>
        <translation>Saltar esta vez</translation>
    </message>
    <message>
        <source>Take {short_title}</source>
        <translation>Responder {short_title}</translation>
    </message>
    <message>
        <source>last {dates}</source>
        <translation>último: {dates}</translation>
    </message>
    <message>
        <source>not taken yet</source>
        <translation>aún sin responder</translation>
    </message>
    <message>
        <source>{short_title} skipped this time; it comes back at its next turn.</source>
        <translation>{short_title} se saltó esta vez; vuelve en su próximo turno.</translation>
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
        <source> A copy could not be written either, so please keep this window open.</source>
        <translation> Tampoco se pudo escribir una copia, así que, por favor, deja esta ventana abierta.</translation>
    </message>
    <message>
        <source> A copy of your text is in {draft}.</source>
        <translation> Hay una copia de tu texto en {draft}.</translation>
    </message>
    <message>
        <source>1 word</source>
        <translation>1 palabra</translation>
    </message>
    <message>
        <source>Entry text</source>
        <translation>Texto de la entrada</translation>
    </message>
    <message>
        <source>Entry title</source>
        <translation>Título de la entrada</translation>
    </message>
    <message>
        <source>Entry, reading view</source>
        <translation>Entrada, vista de lectura</translation>
    </message>
    <message>
        <source>Journal entry</source>
        <translation>Entrada del diario</translation>
    </message>
    <message>
        <source>Kind of writing</source>
        <translation>Tipo de escrito</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Ánimo</translation>
    </message>
    <message>
        <source>New entry — saved once you start writing</source>
        <translation>Nueva entrada: se guarda en cuanto empiezas a escribir</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Sin guardar</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privada</translation>
    </message>
    <message>
        <source>Private entries are never exported or shared unless you choose to include them</source>
        <translation>Las entradas privadas nunca se exportan ni se comparten, salvo que elijas incluirlas</translation>
    </message>
    <message>
        <source>Reading view</source>
        <translation>Vista de lectura</translation>
    </message>
    <message>
        <source>Reflection from {day}. You can edit it on the {page} page.</source>
        <translation>Reflexión del {day}. Puedes editarla en la página {page}.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Session notes</source>
        <translation>Notas de sesión</translation>
    </message>
    <message>
        <source>Show the entry with emphasis and lists laid out (Ctrl+R)</source>
        <translation>Mostrar la entrada con el énfasis y las listas con formato (Ctrl+R)</translation>
    </message>
    <message>
        <source>Therapy notes</source>
        <translation>Notas de terapia</translation>
    </message>
    <message>
        <source>Therapy notes: what you want to bring to therapy or take from it. The summary names them as such.</source>
        <translation>Notas de terapia: lo que quieres llevar a terapia o lo que te llevas de ella. El resumen las nombra así.</translation>
    </message>
    <message>
        <source>Title (optional)</source>
        <translation>Título (opcional)</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Intentar otra vez</translation>
    </message>
    <message>
        <source>Write whatever is on your mind. *Stars* or _underscores_ for emphasis, - for a list. Saved as you type.</source>
        <translation>Escribe lo que tengas en mente. *Asteriscos* o _guiones bajos_ para resaltar, - para una lista. Se guarda mientras escribes.</translation>
    </message>
    <message>
        <source>Written {written} · saved {time}</source>
        <translation>Escrita el {written} · guardada a las {time}</translation>
    </message>
    <message>
        <source>{count} words</source>
        <translation>{count} palabras</translation>
    </message>
    <message>
        <source>{reflection} words</source>
        <translation>{reflection} palabras</translation>
    </message>
    <message>
        <source>{title}: {message} Your text is still here and will be saved when writing works again.{where}</source>
        <translation>{title}: {message} Tu texto sigue aquí y se guardará cuando se pueda volver a escribir.{where}</translation>
    </message>
</context>
<context>
    <name>EntryList</name>
    <message>
        <source>&lt;span style="{MUTED}"&gt;Untitled&lt;/span&gt;</source>
        <translation>&lt;span style="{MUTED}"&gt;Sin título&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Mood: {mood_label}</source>
        <translation>Ánimo: {mood_label}</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privada</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Reflexión</translation>
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
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Ayer</translation>
    </message>
</context>
<context>
    <name>ExportSummaryDialog</name>
    <message>
        <source>&lt;b&gt;Preview&lt;/b&gt; — exactly what will be in the file</source>
        <translation>&lt;b&gt;Vista previa&lt;/b&gt;: exactamente lo que tendrá el archivo</translation>
    </message>
    <message>
        <source>Both dates need to read as days before the summary can be made.</source>
        <translation>Las dos fechas tienen que entenderse como días para poder hacer el resumen.</translation>
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
        <source>to</source>
        <translation>a</translation>
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
    <name>Files</name>
    <message>
        <source>cannot write in {folder}: permission denied</source>
        <translation>no se puede escribir en {folder}: permiso denegado</translation>
    </message>
    <message>
        <source>cannot write in {parent}: {strerror}</source>
        <translation>no se puede escribir en {parent}: {strerror}</translation>
    </message>
    <message>
        <source>could not write {path}: {strerror}</source>
        <translation>no se pudo escribir {path}: {strerror}</translation>
    </message>
    <message>
        <source>the folder {folder} does not exist</source>
        <translation>la carpeta {folder} no existe</translation>
    </message>
    <message>
        <source>{path} already exists; choose another name or confirm replacing it (--force)</source>
        <translation>{path} ya existe; elige otro nombre o confirma que quieres reemplazarlo (--force)</translation>
    </message>
    <message>
        <source>{path} is a folder; choose a file name</source>
        <translation>{path} es una carpeta; elige un nombre de archivo</translation>
    </message>
</context>
<context>
    <name>FindingCard</name>
    <message>
        <source>Hide for this week</source>
        <translation>Ocultar esta semana</translation>
    </message>
    <message>
        <source>It does not fit your experience: it will not be shown again</source>
        <translation>No encaja con tu experiencia: no se volverá a mostrar</translation>
    </message>
    <message>
        <source>Keep this one: it stays in the list</source>
        <translation>Conservar este: se queda en la lista</translation>
    </message>
    <message>
        <source>Open the chart and list the check-ins behind this</source>
        <translation>Abrir el gráfico y listar los registros en los que se basa</translation>
    </message>
    <message>
        <source>Show me</source>
        <translation>Muéstramelo</translation>
    </message>
</context>
<context>
    <name>FindingRow</name>
    <message>
        <source>Not true for me</source>
        <translation>No es mi caso</translation>
    </message>
    <message>
        <source>Useful</source>
        <translation>Útil</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message numerus="yes">
        <source>%n check-in(s)</source>
        <translation>
            <numerusform>%n registro</numerusform>
            <numerusform>%n registros</numerusform>
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
        <source>%n rated use(s)</source>
        <translation>
            <numerusform>%n uso valorado</numerusform>
            <numerusform>%n usos valorados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n score(s)</source>
        <translation>
            <numerusform>%n puntuación</numerusform>
            <numerusform>%n puntuaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>After nights under {short} hours, {outcome} the next day {tend} to be about {size} {direction}</source>
        <translation>Después de noches de menos de {short} horas, {outcome} del día siguiente {tend} estar unos {size} {direction}</translation>
    </message>
    <message>
        <source>Check-ins on days after a night under {num} hours</source>
        <translation>Registros de los días después de una noche de menos de {num} horas</translation>
    </message>
    <message>
        <source>Check-ins on days after a treatment session</source>
        <translation>Registros de los días después de una sesión de tratamiento</translation>
    </message>
    <message>
        <source>Check-ins on {weekday}s</source>
        <translation>Registros de los {weekday}</translation>
    </message>
    <message>
        <source>Check-ins where you used “{name}”</source>
        <translation>Registros en los que usaste «{name}»</translation>
    </message>
    <message>
        <source>Check-ins with “{name}”</source>
        <translation>Registros con «{name}»</translation>
    </message>
    <message>
        <source>Check-ins {part_phrase}</source>
        <translation>Registros {part_phrase}</translation>
    </message>
    <message>
        <source>Check-ins {slot_phrase}</source>
        <translation>Registros {slot_phrase}</translation>
    </message>
    <message>
        <source>Craving {moved_in} on average over {n_in} of “{name}”, and {moved_out} over {n_out} of your other tools; the difference is likely between {low} and {high}.</source>
        <translation>El deseo de consumir {moved_in} de media en {n_in} de «{name}», y {moved_out} en {n_out} de tus otras estrategias; es probable que la diferencia esté entre {low} y {high}.</translation>
    </message>
    <message>
        <source>Cravings tend to run</source>
        <translation>El deseo de consumir suele estar</translation>
    </message>
    <message>
        <source>Kept: it stays in “What stands out”.</source>
        <translation>Conservado: se queda en «Qué destaca».</translation>
    </message>
    <message>
        <source>Mood tends to be</source>
        <translation>El ánimo suele estar</translation>
    </message>
    <message>
        <source>On the day after a treatment session, {outcome} {tend} to be about {size} {direction}</source>
        <translation>El día después de una sesión de tratamiento, {outcome} {tend} estar unos {size} {direction}</translation>
    </message>
    <message>
        <source>Only patterns that hold up are shown: each needs at least {MIN_CHECKINS} check-ins (or {MIN_DAYS} days, {MIN_USES} rated coping uses) on each side, a difference of at least {num} point of craving or {num2} of mood, and has to stand clear of chance across every comparison checked. They describe what goes together, not why.</source>
        <translation>Solo se muestran los patrones que se sostienen: cada uno necesita al menos {MIN_CHECKINS} registros (o {MIN_DAYS} días, {MIN_USES} usos de estrategias valorados) en cada lado, una diferencia de al menos {num} punto de deseo de consumir o {num2} de ánimo, y tiene que distinguirse del azar en todas las comparaciones revisadas. Describen lo que va junto, no por qué.</translation>
    </message>
    <message>
        <source>Thanks — that one won't be shown again.</source>
        <translation>Gracias: ese no se volverá a mostrar.</translation>
    </message>
    <message>
        <source>Your {name} scores tend to go {direction} over this period, by about {size} from first to last</source>
        <translation>Tus puntuaciones de {name} tienden a ir {direction} en este periodo, unos {size} de la primera a la última</translation>
    </message>
    <message>
        <source>at night</source>
        <translation>por la noche</translation>
    </message>
    <message>
        <source>bigger</source>
        <translation>mayor</translation>
    </message>
    <message>
        <source>cravings</source>
        <translation>el deseo de consumir</translation>
    </message>
    <message>
        <source>down</source>
        <translation>a la baja</translation>
    </message>
    <message>
        <source>fell by {size}</source>
        <translation>bajó {size}</translation>
    </message>
    <message>
        <source>higher</source>
        <translation>más alto</translation>
    </message>
    <message>
        <source>in the afternoon</source>
        <translation>por la tarde</translation>
    </message>
    <message>
        <source>in the evening</source>
        <translation>al anochecer</translation>
    </message>
    <message>
        <source>in the morning</source>
        <translation>por la mañana</translation>
    </message>
    <message>
        <source>lower</source>
        <translation>más bajo</translation>
    </message>
    <message>
        <source>mood</source>
        <translation>el ánimo</translation>
    </message>
    <message>
        <source>on {day} afternoons</source>
        <translation>los {day} por la tarde</translation>
    </message>
    <message>
        <source>on {day} evenings</source>
        <translation>los {day} al anochecer</translation>
    </message>
    <message>
        <source>on {day} mornings</source>
        <translation>los {day} por la mañana</translation>
    </message>
    <message>
        <source>on {day} nights</source>
        <translation>los {day} por la noche</translation>
    </message>
    <message>
        <source>out of 10</source>
        <translation>de 10</translation>
    </message>
    <message>
        <source>out of 5</source>
        <translation>de 5</translation>
    </message>
    <message>
        <source>rose by {size}</source>
        <translation>subió {size}</translation>
    </message>
    <message>
        <source>smaller</source>
        <translation>menor</translation>
    </message>
    <message>
        <source>tend</source>
        <translation>suele</translation>
    </message>
    <message>
        <source>tends</source>
        <translation>suele</translation>
    </message>
    <message>
        <source>up</source>
        <translation>al alza</translation>
    </message>
    <message>
        <source>{Outcome} about {size} {direction} on {day}s</source>
        <translation>{Outcome} unos {size} {direction} los {day}</translation>
    </message>
    <message>
        <source>{Outcome} about {size} {direction} when you note “{name}”</source>
        <translation>{Outcome} unos {size} {direction} cuando anotas «{name}»</translation>
    </message>
    <message>
        <source>{Outcome} about {size} {direction} {when}</source>
        <translation>{Outcome} unos {size} {direction} {when}</translation>
    </message>
    <message>
        <source>{mean_in} {scale} on average in {n_in} on {day}s, {mean_out} in {n_out} on other days; the difference is likely between {low} and {high}.</source>
        <translation>{mean_in} {scale} de media en {n_in} los {day}, {mean_out} en {n_out} los demás días; es probable que la diferencia esté entre {low} y {high}.</translation>
    </message>
    <message>
        <source>{mean_in} {scale} on average in {n_in} with “{name}”, {mean_out} in {n_out} without it; the difference is likely between {low} and {high}.</source>
        <translation>{mean_in} {scale} de media en {n_in} con «{name}», {mean_out} en {n_out} sin él; es probable que la diferencia esté entre {low} y {high}.</translation>
    </message>
    <message>
        <source>{mean_in} {scale} on average in {n_in} {when}, {mean_out} in {n_out} at other times of day; the difference is likely between {low} and {high}.</source>
        <translation>{mean_in} {scale} de media en {n_in} {when}, {mean_out} en {n_out} en otros momentos del día; es probable que la diferencia esté entre {low} y {high}.</translation>
    </message>
    <message>
        <source>{mean_in} {scale} on average in {n_in} {when}, {mean_out} in {n_out} at other times; the difference is likely between {low} and {high}.</source>
        <translation>{mean_in} {scale} de media en {n_in} {when}, {mean_out} en {n_out} en otros momentos; es probable que la diferencia esté entre {low} y {high}.</translation>
    </message>
    <message>
        <source>{mean_in} {scale} on average on {n_in} after a night under {short} hours, {mean_out} on {n_out} after {short} hours or more; the difference is likely between {low} and {high}.</source>
        <translation>{mean_in} {scale} de media en {n_in} después de una noche de menos de {short} horas, {mean_out} en {n_out} después de {short} horas o más; es probable que la diferencia esté entre {low} y {high}.</translation>
    </message>
    <message>
        <source>{mean_in} {scale} on average on {n_in} after a session, {mean_out} on {n_out} other days; the difference is likely between {low} and {high}.</source>
        <translation>{mean_in} {scale} de media en {n_in} después de una sesión, {mean_out} en {n_out} otros días; es probable que la diferencia esté entre {low} y {high}.</translation>
    </message>
    <message>
        <source>{n_in} from {first} to {last}; the change over the period is likely between {low} and {high}.</source>
        <translation>{n_in} del {first} al {last}; es probable que el cambio en el periodo esté entre {low} y {high}.</translation>
    </message>
    <message>
        <source>{size} point</source>
        <translation>{size} punto</translation>
    </message>
    <message>
        <source>{size} points</source>
        <translation>{size} puntos</translation>
    </message>
    <message>
        <source>“{name}” goes with a drop in craving about {size} {direction} than your other coping tools</source>
        <translation>«{name}» va con una bajada del deseo de consumir unos {size} {direction} que tus otras estrategias</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <source> {kept} kept from before.</source>
        <translation> {kept} conservados de antes.</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>Kept as useful on {dates}; this period's data does not show it.</source>
        <translation>Marcado como útil el {dates}; los datos de este periodo no lo muestran.</translation>
    </message>
    <message>
        <source>Not enough logged in this period to compare anything yet.</source>
        <translation>Todavía no hay suficientes anotaciones en este periodo para comparar nada.</translation>
    </message>
    <message>
        <source>Nothing stands clear of chance in this period ({checked} comparisons checked).</source>
        <translation>Nada se distingue claramente del azar en este periodo ({checked} comparaciones revisadas).</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>What stands out</source>
        <translation>Lo que destaca</translation>
    </message>
    <message>
        <source>{shown} of {checked} comparisons checked stand out in this period.</source>
        <translation>{shown} de {checked} comparaciones revisadas destacan en este periodo.</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>Protect your journal?</source>
        <translation>¿Proteger tu diario?</translation>
    </message>
    <message>
        <source>Set a passphrase…</source>
        <translation>Poner una frase de contraseña…</translation>
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
    <name>Health</name>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Restore newest backup</source>
        <translation>Restaurar la copia más reciente</translation>
    </message>
    <message>
        <source>The newest good backup is {name}. Restore it now?</source>
        <translation>La copia de seguridad buena más reciente es {name}. ¿Restaurarla ahora?</translation>
    </message>
</context>
<context>
    <name>HealthCheck</name>
    <message>
        <source>No good backup was found. Recovery Journal will close now.</source>
        <translation>No se encontró ninguna copia de seguridad buena. Recovery Journal se cerrará ahora.</translation>
    </message>
</context>
<context>
    <name>HelpNow</name>
    <message>
        <source>Need help now</source>
        <translation>Necesito ayuda ahora</translation>
    </message>
    <message>
        <source>no number saved</source>
        <translation>sin número guardado</translation>
    </message>
</context>
<context>
    <name>HelpNowPanel</name>
    <message>
        <source>1 · Pause and breathe</source>
        <translation>1 · Haz una pausa y respira</translation>
    </message>
    <message>
        <source>2 · Notice</source>
        <translation>2 · Observa</translation>
    </message>
    <message>
        <source>3 · Do one thing</source>
        <translation>3 · Haz una cosa</translation>
    </message>
    <message>
        <source>Add people you can call in My plan, step 4, so they are here when you need them.</source>
        <translation>Añade personas a las que puedas llamar en Mi plan, paso 4, para que estén aquí cuando las necesites.</translation>
    </message>
    <message>
        <source>Change my crisis line</source>
        <translation>Cambiar mi línea de crisis</translation>
    </message>
    <message>
        <source>Close and go back to where you were (Esc)</source>
        <translation>Cerrar y volver a donde estabas (Esc)</translation>
    </message>
    <message>
        <source>Close “Need help now” and go back to where you were</source>
        <translation>Cerrar «Necesito ayuda ahora» y volver a donde estabas</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Crisis line</source>
        <translation>Línea de crisis</translation>
    </message>
    <message>
        <source>Crisis line name</source>
        <translation>Nombre de la línea de crisis</translation>
    </message>
    <message>
        <source>Crisis line number</source>
        <translation>Número de la línea de crisis</translation>
    </message>
    <message>
        <source>Follow the circle for one minute.</source>
        <translation>Sigue el círculo durante un minuto.</translation>
    </message>
    <message>
        <source>I'm okay for now — close</source>
        <translation>Estoy bien por ahora: cerrar</translation>
    </message>
    <message>
        <source>If you might hurt yourself or someone else, call now.</source>
        <translation>Si pudieras hacerte daño o hacérselo a otra persona, llama ahora.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Need help now</source>
        <translation>Necesito ayuda ahora</translation>
    </message>
    <message>
        <source>Need help now is open. Esc or “I'm okay for now” takes you back.</source>
        <translation>«Necesito ayuda ahora» está abierto. Esc o «Estoy bien por ahora» te llevan de vuelta.</translation>
    </message>
    <message>
        <source>Need help now — Recovery Journal</source>
        <translation>Necesito ayuda ahora — Recovery Journal</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Or your own line:</source>
        <translation>O tu propia línea:</translation>
    </message>
    <message>
        <source>People you can call</source>
        <translation>Personas a las que puedes llamar</translation>
    </message>
    <message>
        <source>Pick one of your go-to actions and do it now.</source>
        <translation>Elige una de tus acciones de referencia y hazla ahora.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save as a check-in</source>
        <translation>Guardar como registro</translation>
    </message>
    <message>
        <source>Saved as a check-in. Noticing is a real step.</source>
        <translation>Guardado como registro. Darte cuenta es un paso real.</translation>
    </message>
    <message>
        <source>The number to call or text</source>
        <translation>El número al que llamar o escribir</translation>
    </message>
    <message>
        <source>Use the default</source>
        <translation>Usar la predeterminada</translation>
    </message>
    <message>
        <source>Where I am and what I feel</source>
        <translation>Dónde estoy y qué siento</translation>
    </message>
    <message>
        <source>Where are you, and what are you feeling right now? One line is enough.</source>
        <translation>¿Dónde estás y qué sientes ahora mismo? Basta con una línea.</translation>
    </message>
    <message>
        <source>You're not alone. One step at a time.</source>
        <translation>No estás solo ni sola. Paso a paso.</translation>
    </message>
    <message>
        <source>Your plan and the people you can call show here again once your journal is unlocked.</source>
        <translation>Tu plan y las personas a las que puedes llamar vuelven a aparecer aquí cuando desbloqueas tu diario.</translation>
    </message>
    <message>
        <source>Your plan has no go-to actions yet; here are a few from your toolbox.</source>
        <translation>Tu plan todavía no tiene acciones de referencia; aquí tienes algunas de tus estrategias.</translation>
    </message>
    <message>
        <source>e.g. Samaritans</source>
        <translation>p. ej., Línea de la Vida</translation>
    </message>
    <message>
        <source>e.g. at home after work, restless, thinking about the weekend</source>
        <translation>p. ej., en casa después del trabajo, con inquietud, pensando en el fin de semana</translation>
    </message>
    <message>
        <source>“{name}” — go and do it now. This panel will be here when you're back.</source>
        <translation>«{name}»: ve y hazlo ahora. Este panel seguirá aquí cuando vuelvas.</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>--mood-map: {part} should look like good=4, with a level from 1 to 5 (in a mood's name write \, for a comma and \= for an equals sign)</source>
        <translation>--mood-map: {part} debería tener la forma good=4, con un nivel del 1 al 5 (en el nombre de un estado de ánimo escribe \, para una coma y \= para un signo igual)</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Daylio moods as levels 1–5, e.g. rad=5,good=4,meh=3,bad=2,awful=1; in a mood's name write \, for a comma and \= for an equals sign (a dry run prints the whole map to copy)</source>
        <translation>Estados de ánimo de Daylio como niveles del 1 al 5, p. ej. rad=5,good=4,meh=3,bad=2,awful=1; en el nombre de un estado de ánimo escribe \, para una coma y \= para un signo igual (una prueba con --dry-run muestra el mapa entero para copiarlo)</translation>
    </message>
    <message>
        <source>Journal entry</source>
        <translation>Entrada del diario</translation>
    </message>
    <message>
        <source>Sleep</source>
        <translation>Sueño</translation>
    </message>
    <message>
        <source>changed since it was last imported; comes in new</source>
        <translation>cambió desde la última importación; entra como nuevo</translation>
    </message>
    <message>
        <source>mood {level}, {mood}</source>
        <translation>ánimo {level}, {mood}</translation>
    </message>
    <message>
        <source>night before {day}</source>
        <translation>noche anterior al {day}</translation>
    </message>
    <message>
        <source>no mood</source>
        <translation>sin ánimo anotado</translation>
    </message>
    <message>
        <source>nothing in this file could be read as {source} ({count} of its records were refused, the first at {first}); check that you chose the right kind of file</source>
        <translation>no se pudo leer nada de este archivo como {source} (se rechazaron {count} de sus registros, el primero en {first}); comprueba que elegiste el tipo de archivo correcto</translation>
    </message>
    <message>
        <source>the records in the file do not fit together ({error}), so nothing was imported</source>
        <translation>los registros del archivo no encajan entre sí ({error}), así que no se importó nada</translation>
    </message>
    <message>
        <source>there are no records in this file</source>
        <translation>este archivo no tiene registros</translation>
    </message>
    <message>
        <source>{words} (mood {level}, {mood})</source>
        <translation>{words} (ánimo {level}, {mood})</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source> (please choose)</source>
        <translation> (elige, por favor)</translation>
    </message>
    <message>
        <source> Your journal as it was is backed up in {backup_taken}.</source>
        <translation> Tu diario tal como estaba está guardado en una copia de seguridad en {backup_taken}.</translation>
    </message>
    <message>
        <source>1 thing in the file could not be used as it is; the rest can still be imported:</source>
        <translation>1 cosa del archivo no se pudo usar tal como está; el resto se puede importar igualmente:</translation>
    </message>
    <message>
        <source>Bring in a Recovery Journal export, or entries from Daylio, jrnl, Day One or Bearable. You will see what would be created before anything changes.</source>
        <translation>Trae una exportación de Recovery Journal o entradas de Daylio, jrnl, Day One o Bearable. Verás lo que se crearía antes de que cambie nada.</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Choose a file to see what would be imported.</source>
        <translation>Elige un archivo para ver lo que se importaría.</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>Elige el archivo que quieres importar</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Day One export (*.zip *.json)</source>
        <translation>Exportación de Day One (*.zip *.json)</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Archivo que se importará</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Archivo:</translation>
    </message>
    <message>
        <source>First records that would be created</source>
        <translation>Primeros registros que se crearían</translation>
    </message>
    <message>
        <source>Give each a level from 1 (very low) to 5 (very good).</source>
        <translation>Da a cada uno un nivel de 1 (muy bajo) a 5 (muy bien).</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Import finished.</source>
        <translation>Importación terminada.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>No level</source>
        <translation>Sin nivel</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Problems found in the file</source>
        <translation>Problemas encontrados en el archivo</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Leyendo el archivo…</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>This file cannot be imported, so nothing would change:
{neutralise}</source>
        <translation>Este archivo no se puede importar, así que no cambiaría nada:
{neutralise}</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>What kind of file</source>
        <translation>Qué tipo de archivo</translation>
    </message>
    <message>
        <source>What kind of file:</source>
        <translation>Qué tipo de archivo:</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Palabras</translation>
    </message>
    <message>
        <source>Your Daylio moods</source>
        <translation>Tus estados de ánimo de Daylio</translation>
    </message>
    <message>
        <source>Zip (*.zip)</source>
        <translation>Zip (*.zip)</translation>
    </message>
    <message>
        <source>{problems} things in the file could not be used as they are; the rest can still be imported:</source>
        <translation>{problems} cosas del archivo no se pudieron usar tal como están; el resto se puede importar igualmente:</translation>
    </message>
    <message>
        <source>{where}: changed since the last import; comes in new</source>
        <translation>{where}: cambió desde la última importación; entra como nuevo</translation>
    </message>
    <message>
        <source>… and {prepared} more</source>
        <translation>… y {prepared} más</translation>
    </message>
</context>
<context>
    <name>Importers</name>
    <message>
        <source>nothing was recorded for “{category}”</source>
        <translation>no se anotó nada para “{category}”</translation>
    </message>
    <message>
        <source>the file is too large to import (more than 512 MB)</source>
        <translation>el archivo es demasiado grande para importarlo (más de 512 MB)</translation>
    </message>
    <message>
        <source>the mood rating “{text}” is not a number</source>
        <translation>la valoración del ánimo “{text}” no es un número</translation>
    </message>
    <message>
        <source>the mood rating “{text}” is outside 0 to 10</source>
        <translation>la valoración del ánimo “{text}” está fuera de 0 a 10</translation>
    </message>
    <message>
        <source>this is not an entry</source>
        <translation>esto no es una entrada</translation>
    </message>
    <message>
        <source>“tags” should be a list of words</source>
        <translation>“tags” debería ser una lista de palabras</translation>
    </message>
    <message>
        <source>“{key}” should be text</source>
        <translation>“{key}” debería ser texto</translation>
    </message>
    <message>
        <source>“{text}” has no time zone</source>
        <translation>“{text}” no tiene zona horaria</translation>
    </message>
    <message>
        <source>“{text}” is not a date and time like 2024-05-18T20:15:00Z</source>
        <translation>“{text}” no es una fecha y hora como 2024-05-18T20:15:00Z</translation>
    </message>
    <message>
        <source>“{text}” is not a date like 18 May 2018</source>
        <translation>“{text}” no es una fecha como 18 May 2018</translation>
    </message>
    <message>
        <source>“{text}” is not a date like 2024-05-18</source>
        <translation>“{text}” no es una fecha como 2024-05-18</translation>
    </message>
    <message>
        <source>“{text}” is not a date like 22nd Sep 2020 or 2020-09-22</source>
        <translation>“{text}” no es una fecha como 22nd Sep 2020 o 2020-09-22</translation>
    </message>
    <message>
        <source>“{text}” is not a time like 21:30</source>
        <translation>“{text}” no es una hora como 21:30</translation>
    </message>
    <message>
        <source>“{text}” is not a time like 9:30 pm or 21:30</source>
        <translation>“{text}” no es una hora como 9:30 pm o 21:30</translation>
    </message>
</context>
<context>
    <name>Insights</name>
    <message>
        <source>Check-in — {words}</source>
        <translation>Registro: {words}</translation>
    </message>
    <message>
        <source>Journal entry — {name}</source>
        <translation>Entrada del diario: {name}</translation>
    </message>
    <message>
        <source>Journal entry — {name} (private)</source>
        <translation>Entrada del diario: {name} (privada)</translation>
    </message>
    <message>
        <source>craving {craving}/10</source>
        <translation>deseo de consumir {craving}/10</translation>
    </message>
    <message>
        <source>mood {mood}</source>
        <translation>ánimo {mood}</translation>
    </message>
    <message>
        <source>no ratings</source>
        <translation>sin valoraciones</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>sin título</translation>
    </message>
</context>
<context>
    <name>InsightsPage</name>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periodo:</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;{title}&lt;/b&gt; — %n record(s)</source>
        <translation>
            <numerusform>&lt;b&gt;{title}&lt;/b&gt;: %n registro</numerusform>
            <numerusform>&lt;b&gt;{title}&lt;/b&gt;: %n registros</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt; — nothing logged here</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt;: nada anotado aquí</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Gráfico</translation>
    </message>
    <message>
        <source>Check-ins and entries behind the selection</source>
        <translation>Registros y entradas detrás de la selección</translation>
    </message>
    <message>
        <source>Could not save the chart: {error}</source>
        <translation>No se pudo guardar el gráfico: {error}</translation>
    </message>
    <message>
        <source>Cravings</source>
        <translation>Deseos de consumir</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>How I've been</source>
        <translation>Cómo he estado</translation>
    </message>
    <message>
        <source>Not enough to show a pattern yet</source>
        <translation>Todavía no hay suficiente para mostrar un patrón</translation>
    </message>
    <message>
        <source>Numbers of this view</source>
        <translation>Cifras de esta vista</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Point at a bar or square for the exact numbers; click it to list the check-ins and entries behind it.</source>
        <translation>Señala una barra o un cuadro para ver las cifras exactas; haz clic para listar los registros y entradas en los que se basa.</translation>
    </message>
    <message>
        <source>Questionnaires</source>
        <translation>Cuestionarios</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>Guardar como PNG…</translation>
    </message>
    <message>
        <source>Save as SVG…</source>
        <translation>Guardar como SVG…</translation>
    </message>
    <message>
        <source>Save chart as {fmt}</source>
        <translation>Guardar el gráfico como {fmt}</translation>
    </message>
    <message>
        <source>Saved the chart to {path}</source>
        <translation>Gráfico guardado en {path}</translation>
    </message>
    <message>
        <source>Show as table</source>
        <translation>Mostrar como tabla</translation>
    </message>
    <message>
        <source>Show in the grid</source>
        <translation>Mostrar en la cuadrícula</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <source>Sleep and medication</source>
        <translation>Sueño y medicación</translation>
    </message>
    <message>
        <source>That finding does not stand out in the data any more.</source>
        <translation>Ese hallazgo ya no destaca en los datos.</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Together</source>
        <translation>Juntos</translation>
    </message>
    <message>
        <source>Triggers</source>
        <translation>Detonantes</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Vistas</translation>
    </message>
    <message>
        <source>What each trigger does</source>
        <translation>Qué hace cada detonante</translation>
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
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>{fmt} image (*.{fmt2})</source>
        <translation>Imagen {fmt} (*.{fmt2})</translation>
    </message>
</context>
<context>
    <name>JournalPage</name>
    <message>
        <source>Delete the chosen entry (it goes to the Trash)</source>
        <translation>Eliminar la entrada elegida (va a la Papelera)</translation>
    </message>
    <message>
        <source>Journal entries</source>
        <translation>Entradas del diario</translation>
    </message>
    <message>
        <source>Move this entry to the trash (Delete in the list); Ctrl+Z brings it back</source>
        <translation>Mover esta entrada a la papelera (Supr en la lista); Ctrl+Z la recupera</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>Mover a la papelera</translation>
    </message>
    <message>
        <source>Moved to the trash. Press Ctrl+Z to bring it back.</source>
        <translation>Movida a la papelera. Pulsa Ctrl+Z para recuperarla.</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>Nueva entrada</translation>
    </message>
    <message>
        <source>No entries yet. Press Ctrl+N, or just start writing on the right.</source>
        <translation>Todavía no hay entradas. Pulsa Ctrl+N o empieza a escribir a la derecha.</translation>
    </message>
    <message>
        <source>Nothing matches. Try fewer words, a * after part of a word, or clear the filters.</source>
        <translation>No hay coincidencias. Prueba con menos palabras, un * después de parte de una palabra, o quita los filtros.</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Start a new entry (Ctrl+N)</source>
        <translation>Empezar una entrada nueva (Ctrl+N)</translation>
    </message>
    <message>
        <source>Your latest words are not in the journal yet</source>
        <translation>Tus últimas palabras todavía no están en el diario</translation>
    </message>
    <message>
        <source>untitled entry</source>
        <translation>entrada sin título</translation>
    </message>
    <message>
        <source>{editor}

Quit anyway?</source>
        <translation>{editor}

¿Salir de todos modos?</translation>
    </message>
</context>
<context>
    <name>Jrnl</name>
    <message>
        <source>this does not look like a jrnl JSON export: there is no list of “entries”</source>
        <translation>esto no parece una exportación JSON de jrnl: no hay una lista de «entries»</translation>
    </message>
    <message>
        <source>{error}; this entry was skipped</source>
        <translation>{error}; se omitió esta entrada</translation>
    </message>
</context>
<context>
    <name>LapseDialog</name>
    <message>
        <source>&amp;What</source>
        <translation>&amp;Qué</translation>
    </message>
    <message>
        <source>A lapse is something that happened, not who you are. Writing down what was going on helps you and your plan for next time. Take your time; every field except “what” can stay empty.</source>
        <translation>Un desliz es algo que pasó, no quién eres. Escribir lo que estaba pasando te ayuda a ti y a tu plan para la próxima vez. Tómate tu tiempo; todos los campos excepto «qué» pueden quedar vacíos.</translation>
    </message>
    <message>
        <source>Anything that helped, or that could help next time</source>
        <translation>Lo que ayudó, o lo que podría ayudar la próxima vez</translation>
    </message>
    <message>
        <source>Crisis line</source>
        <translation>Línea de crisis</translation>
    </message>
    <message>
        <source>Edit lapse</source>
        <translation>Editar desliz</translation>
    </message>
    <message>
        <source>How much</source>
        <translation>Cuánto</translation>
    </message>
    <message>
        <source>Lapse saved. Your earlier sober days still count.</source>
        <translation>Desliz guardado. Tus días sin consumir anteriores siguen contando.</translation>
    </message>
    <message>
        <source>Log a lapse</source>
        <translation>Anotar un desliz</translation>
    </message>
    <message>
        <source>No one listed yet. You can add people to call in your plan.</source>
        <translation>Todavía no hay nadie en la lista. Puedes añadir personas a las que llamar en tu plan.</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <source>Please take care: after a time without using, your body's tolerance drops, so the amount you used to take can now cause an overdose. If you feel unwell or unsafe, call your crisis line or emergency services now.</source>
        <translation>Por favor, cuídate: después de un tiempo sin consumir, la tolerancia de tu cuerpo baja, así que la cantidad que solías tomar ahora puede causar una sobredosis. Si te sientes mal o en peligro, llama ahora a tu línea de crisis o a los servicios de emergencia.</translation>
    </message>
    <message>
        <source>Say what it was (for example the substance you track), so your days can be counted right.</source>
        <translation>Indica qué fue (por ejemplo, la sustancia que sigues), para que tus días se cuenten bien.</translation>
    </message>
    <message>
        <source>Start the “need help now” steps</source>
        <translation>Empezar los pasos de «necesito ayuda ahora»</translation>
    </message>
    <message>
        <source>What helped or could help</source>
        <translation>Qué ayudó o podría ayudar</translation>
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
        <source>Where you were, who with, how you were feeling…</source>
        <translation>Dónde estabas, con quién, cómo te sentías…</translation>
    </message>
    <message>
        <source>Your people</source>
        <translation>Tu gente</translation>
    </message>
</context>
<context>
    <name>LockOverlay</name>
    <message>
        <source>Everything is hidden until you enter your passphrase or recovery key again.</source>
        <translation>Todo está oculto hasta que vuelvas a escribir tu frase de contraseña o tu clave de recuperación.</translation>
    </message>
    <message>
        <source>Everything is hidden. Press any key or click anywhere to come back.</source>
        <translation>Todo está oculto. Pulsa cualquier tecla o haz clic en cualquier parte para volver.</translation>
    </message>
    <message>
        <source>Need help now (F1)</source>
        <translation>Necesito ayuda ahora (F1)</translation>
    </message>
    <message>
        <source>Recovery Journal is hidden</source>
        <translation>Recovery Journal está oculto</translation>
    </message>
    <message>
        <source>Recovery Journal is locked</source>
        <translation>Recovery Journal está bloqueado</translation>
    </message>
</context>
<context>
    <name>LockSettingsDialog</name>
    <message>
        <source> minutes</source>
        <translation> minutos</translation>
    </message>
    <message>
        <source>Lock after</source>
        <translation>Bloquear después de</translation>
    </message>
    <message>
        <source>Lock when idle for</source>
        <translation>Bloquear tras un tiempo sin uso de</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
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
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>A&amp;notar</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
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
        <source>Demo journal</source>
        <translation>Diario de demostración</translation>
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
    <name>Measure</name>
    <message>
        <source>Down</source>
        <translation>Bajó</translation>
    </message>
    <message>
        <source>The same score as last time.</source>
        <translation>La misma puntuación que la última vez.</translation>
    </message>
    <message>
        <source>This is your first result for this questionnaire, so there is nothing to compare with yet.</source>
        <translation>Es tu primer resultado en este cuestionario, así que todavía no hay con qué compararlo.</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Subió</translation>
    </message>
    <message>
        <source>{Down} {change} since last time.</source>
        <translation>{Down} {change} desde la última vez.</translation>
    </message>
</context>
<context>
    <name>MeasureDialog</name>
    <message>
        <source>A score is a number to notice change over time and to talk over with your therapist — not a diagnosis.</source>
        <translation>Una puntuación es un número para notar cambios con el tiempo y hablarlo con tu terapeuta, no un diagnóstico.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Enter saves them. To change one, pick it with the arrow keys and press Enter.</source>
        <translation>Intro las guarda. Para cambiar una, elígela con las flechas y pulsa Intro.</translation>
    </message>
    <message>
        <source>Need help now</source>
        <translation>Necesito ayuda ahora</translation>
    </message>
    <message>
        <source>Nothing is ever required; it will be offered again next time.</source>
        <translation>Nada es obligatorio; se volverá a ofrecer la próxima vez.</translation>
    </message>
    <message>
        <source>Question {index} of {total}</source>
        <translation>Pregunta {index} de {total}</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Skip this time</source>
        <translation>Saltar esta vez</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <source>Your answer to {questions} is saved as you gave it and is marked in your therapist summary, so it can be talked about. If things feel heavy right now, Need help now has your people and crisis line.</source>
        <translation>Tu respuesta a {questions} se guarda tal como la diste y queda marcada en tu resumen para terapeuta, para que se pueda hablar de ella. Si ahora mismo las cosas se sienten pesadas, en Necesito ayuda ahora están tu gente y tu línea de crisis.</translation>
    </message>
    <message>
        <source>Your answers</source>
        <translation>Tus respuestas</translation>
    </message>
    <message>
        <source>question {i}</source>
        <translation>pregunta {i}</translation>
    </message>
    <message>
        <source>{escape}: {total} &lt;span style='font-weight: normal'&gt;of {max_score}&lt;/span&gt;</source>
        <translation>{escape}: {total} &lt;span style='font-weight: normal'&gt;de {max_score}&lt;/span&gt;</translation>
    </message>
    <message>
        <source>{escape}&lt;br&gt;&lt;br&gt;{instrument} questions about {recall_period}. Press the number beside an answer to choose it; Backspace goes back. Nothing is saved until you have looked over your answers, and you can stop at any time.</source>
        <translation>{escape}&lt;br&gt;&lt;br&gt;{instrument} preguntas sobre {recall_period}. Pulsa el número junto a una respuesta para elegirla; Retroceso vuelve atrás. No se guarda nada hasta que hayas revisado tus respuestas, y puedes parar en cualquier momento.</translation>
    </message>
    <message>
        <source>{short_title} skipped this time.</source>
        <translation>{short_title} se saltó esta vez.</translation>
    </message>
</context>
<context>
    <name>Measures</name>
    <message>
        <source>Added by your clinic ({file})</source>
        <translation>Añadido por tu clínica ({file})</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>Cada mes</translation>
    </message>
    <message>
        <source>Every two weeks</source>
        <translation>Cada dos semanas</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Cada semana</translation>
    </message>
    <message>
        <source>Every {days} days</source>
        <translation>Cada {days} días</translation>
    </message>
    <message>
        <source>Not scheduled</source>
        <translation>Sin programar</translation>
    </message>
    <message>
        <source>Shipped with Recovery Journal</source>
        <translation>Incluido con Recovery Journal</translation>
    </message>
    <message>
        <source>{file}, band {number} ('{label}'): 'max' must be {highest}, the highest possible total (found {found})</source>
        <translation>{file}, band {number} ('{label}'): 'max' debe ser {highest}, el total más alto posible (se encontró {found})</translation>
    </message>
    <message>
        <source>{file}: 'default_every_days' must be a whole number of days, 0 or more</source>
        <translation>{file}: 'default_every_days' debe ser un número entero de días, 0 o más</translation>
    </message>
    <message>
        <source>{file}: 'id' '{id}' is already used by another questionnaire</source>
        <translation>{file}: otro cuestionario ya usa el 'id' '{id}'</translation>
    </message>
    <message>
        <source>{file}: 'id' must be lower-case letters, digits, '-' or '_' (at most 40), not {id!r}</source>
        <translation>{file}: 'id' debe tener solo letras minúsculas, cifras, '-' o '_' (40 como máximo), no {id!r}</translation>
    </message>
    <message>
        <source>{file}: 'subscale' must be [[subscale]] tables</source>
        <translation>{file}: 'subscale' deben ser tablas [[subscale]]</translation>
    </message>
    <message>
        <source>{file}: '{name}' must be [[{name}]] tables</source>
        <translation>{file}: '{name}' deben ser tablas [[{name}]]</translation>
    </message>
    <message>
        <source>{file}: at least one item must be scored</source>
        <translation>{file}: al menos una pregunta debe puntuar</translation>
    </message>
    <message>
        <source>{file}: could not be read ({error})</source>
        <translation>{file}: no se pudo leer ({error})</translation>
    </message>
    <message>
        <source>{file}: give all {count} bands of {id}, in order</source>
        <translation>{file}: da las {count} bandas de {id}, en orden</translation>
    </message>
    <message>
        <source>{file}: needs at least one [[band]] table</source>
        <translation>{file}: necesita al menos una tabla [[band]]</translation>
    </message>
    <message>
        <source>{file}: needs at least one [[item]] table</source>
        <translation>{file}: necesita al menos una tabla [[item]]</translation>
    </message>
    <message>
        <source>{where} ('{label}'): 'min' ({low}) is above 'max' ({high})</source>
        <translation>{where} ('{label}'): 'min' ({low}) es mayor que 'max' ({high})</translation>
    </message>
    <message>
        <source>{where} ('{label}'): 'min' must be {expected}, so the bands cover every total once (found {low})</source>
        <translation>{where} ('{label}'): 'min' debe ser {expected}, para que las bandas cubran cada total una sola vez (se encontró {low})</translation>
    </message>
    <message>
        <source>{where} ('{label}'): 'words' must be text</source>
        <translation>{where} ('{label}'): 'words' debe ser texto</translation>
    </message>
    <message>
        <source>{where}: 'id' is used by two items</source>
        <translation>{where}: dos preguntas usan el mismo 'id'</translation>
    </message>
    <message>
        <source>{where}: 'id' is used by two sub-scales</source>
        <translation>{where}: dos subescalas usan el mismo 'id'</translation>
    </message>
    <message>
        <source>{where}: 'items' must list item ids as text</source>
        <translation>{where}: 'items' debe listar los 'id' de las preguntas como texto</translation>
    </message>
    <message>
        <source>{where}: 'items' names '{item}', which is not an item of this file</source>
        <translation>{where}: 'items' nombra '{item}', que no es una pregunta de este archivo</translation>
    </message>
    <message>
        <source>{where}: 'options' is missing (and the file has no shared 'options')</source>
        <translation>{where}: falta 'options' (y el archivo no tiene 'options' comunes)</translation>
    </message>
    <message>
        <source>{where}: 'options' must be non-empty texts</source>
        <translation>{where}: 'options' deben ser textos no vacíos</translation>
    </message>
    <message>
        <source>{where}: 'options' must be {count} answer labels, in the English order</source>
        <translation>{where}: 'options' deben ser {count} respuestas, en el orden del archivo en inglés</translation>
    </message>
    <message>
        <source>{where}: 'options' must list at least two answers</source>
        <translation>{where}: 'options' debe listar al menos dos respuestas</translation>
    </message>
    <message>
        <source>{where}: 'safety_at' must be one of the answer values ({values})</source>
        <translation>{where}: 'safety_at' debe ser uno de los valores de respuesta ({values})</translation>
    </message>
    <message>
        <source>{where}: 'value' must be a whole number</source>
        <translation>{where}: 'value' debe ser un número entero</translation>
    </message>
    <message>
        <source>{where}: '{field}' must be a whole number</source>
        <translation>{where}: '{field}' debe ser un número entero</translation>
    </message>
    <message>
        <source>{where}: '{field}' must be non-empty text</source>
        <translation>{where}: '{field}' debe ser un texto no vacío</translation>
    </message>
    <message>
        <source>{where}: '{field}' must be true or false</source>
        <translation>{where}: '{field}' debe ser true o false</translation>
    </message>
    <message>
        <source>{where}: '{item}' is not an item of {id}, or appears twice</source>
        <translation>{where}: '{item}' no es una pregunta de {id}, o aparece dos veces</translation>
    </message>
    <message>
        <source>{where}: must be a table</source>
        <translation>{where}: debe ser una tabla</translation>
    </message>
    <message>
        <source>{where}: must be a table with 'value' and 'label'</source>
        <translation>{where}: debe ser una tabla con 'value' y 'label'</translation>
    </message>
    <message>
        <source>{where}: the value {value} is used by two answers</source>
        <translation>{where}: dos respuestas usan el valor {value}</translation>
    </message>
    <message>
        <source>{where}: unknown field '{field}' (known: {known})</source>
        <translation>{where}: campo desconocido '{field}' (conocidos: {known})</translation>
    </message>
</context>
<context>
    <name>MeasuresPage</name>
    <message>
        <source>A clinic can add its own questionnaire: put its TOML file in {paths} and open this page again.</source>
        <translation>Una clínica puede añadir su propio cuestionario: pon su archivo TOML en {paths} y vuelve a abrir esta página.</translation>
    </message>
    <message>
        <source>A few standard questionnaires, repeated, show you and your therapist how things change. Pick which ones and how often; Today offers them when they are due, and you can always skip.</source>
        <translation>Algunos cuestionarios estándar, repetidos, les muestran a ti y a tu terapeuta cómo cambian las cosas. Elige cuáles y con qué frecuencia; Hoy te los ofrece cuando tocan, y siempre puedes saltarlos.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Ask about last night's sleep (hours and how well)</source>
        <translation>Preguntar por el sueño de anoche (horas y qué tan bien)</translation>
    </message>
    <message>
        <source>Ask about my medications (taken, missed or not due)</source>
        <translation>Preguntar por mis medicamentos (tomados, olvidados o no tocaban)</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Rango</translation>
    </message>
    <message>
        <source>Daily check-in</source>
        <translation>Registro diario</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>Give the medication a name first.</source>
        <translation>Primero ponle un nombre al medicamento.</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Con qué frecuencia</translation>
    </message>
    <message>
        <source>MOUD</source>
        <translation>MOUD</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Medicación</translation>
    </message>
    <message>
        <source>Medication for opioid use disorder (MOUD)</source>
        <translation>Medicamento para el trastorno por consumo de opioides (MOUD)</translation>
    </message>
    <message>
        <source>Medication {name}</source>
        <translation>Medicamento {name}</translation>
    </message>
    <message>
        <source>My medications</source>
        <translation>Mis medicamentos</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>No medications listed. Add one below (name, dose, when) if you want the check-in to ask about it.</source>
        <translation>No hay medicamentos en la lista. Añade uno abajo (nombre, dosis, cuándo) si quieres que el registro te pregunte por él.</translation>
    </message>
    <message>
        <source>Questionnaires</source>
        <translation>Cuestionarios</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Guardar cambios</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Source: {source}. {citation}</source>
        <translation>Fuente: {source}. {citation}</translation>
    </message>
    <message>
        <source>Take it now</source>
        <translation>Responder ahora</translation>
    </message>
    <message>
        <source>Terms: {terms}</source>
        <translation>Condiciones: {terms}</translation>
    </message>
    <message>
        <source>These files in the measures folder could not be used:
</source>
        <translation>Estos archivos de la carpeta de mediciones no se pudieron usar:
</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>Your list stays on this computer. The app gives no medical advice.</source>
        <translation>Tu lista se queda en este equipo. La aplicación no da consejos médicos.</translation>
    </message>
    <message>
        <source>e.g. 8 mg</source>
        <translation>p. ej., 8 mg</translation>
    </message>
    <message>
        <source>e.g. Buprenorphine</source>
        <translation>p. ej., buprenorfina</translation>
    </message>
    <message>
        <source>e.g. every morning</source>
        <translation>p. ej., cada mañana</translation>
    </message>
    <message>
        <source>{about} It asks about {recall_period}.</source>
        <translation>{about} Pregunta por {recall_period}.</translation>
    </message>
    <message>
        <source>{name} moved to the trash. Ctrl+Z brings it back.</source>
        <translation>{name} se movió a la papelera. Ctrl+Z lo recupera.</translation>
    </message>
    <message>
        <source>{title}  (clinic)</source>
        <translation>{title}  (clínica)</translation>
    </message>
    <message>
        <source>{total} of {max_score}</source>
        <translation>{total} de {max_score}</translation>
    </message>
    <message>
        <source>⚑ answer called for support</source>
        <translation>⚑ una respuesta pidió apoyo</translation>
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
    <name>MoodScale</name>
    <message>
        <source>1 = {low}, 5 = {high}</source>
        <translation>1 = {low}, 5 = {high}</translation>
    </message>
    <message>
        <source>Mood, 1 to 5</source>
        <translation>Ánimo, de 1 a 5</translation>
    </message>
    <message>
        <source>{anchors}. Press 1–5, or use the arrow keys</source>
        <translation>{anchors}. Pulsa del 1 al 5 o usa las flechas</translation>
    </message>
</context>
<context>
    <name>MyPromptsDialog</name>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>A prompt pack is a small text file (.toml) of questions. A therapist or friend can give you one, and you can share the prompts you wrote. Nothing else from your journal goes into it.</source>
        <translation>Un paquete de preguntas es un pequeño archivo de texto (.toml) con preguntas. Tu terapeuta o una amistad pueden darte uno, y tú puedes compartir las preguntas que escribiste. Nada más de tu diario va en él.</translation>
    </message>
    <message>
        <source>Add my prompt</source>
        <translation>Añadir mi pregunta</translation>
    </message>
    <message>
        <source>Ask again after</source>
        <translation>Volver a preguntar después de</translation>
    </message>
    <message>
        <source>Best when (optional)</source>
        <translation>Mejor cuando (opcional)</translation>
    </message>
    <message>
        <source>Every prompt: uncheck one to hide it</source>
        <translation>Todas las preguntas: desmarca una para ocultarla</translation>
    </message>
    <message>
        <source>Export my prompts</source>
        <translation>Exportar mis preguntas</translation>
    </message>
    <message>
        <source>Export my prompts…</source>
        <translation>Exportar mis preguntas…</translation>
    </message>
    <message>
        <source>Exported {prompts} prompts to {path}.</source>
        <translation>Se exportaron {prompts} preguntas a {path}.</translation>
    </message>
    <message>
        <source>How long before the question may come back (0 = any day)</source>
        <translation>Cuánto tiempo antes de que la pregunta pueda volver (0 = cualquier día)</translation>
    </message>
    <message>
        <source>Import a pack…</source>
        <translation>Importar un paquete…</translation>
    </message>
    <message>
        <source>Import a prompt pack</source>
        <translation>Importar un paquete de preguntas</translation>
    </message>
    <message>
        <source>Imported {prompts} prompts from {name}.</source>
        <translation>Se importaron {prompts} preguntas de {name}.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>My prompts</source>
        <translation>Mis preguntas</translation>
    </message>
    <message>
        <source>Nothing was imported. {error}</source>
        <translation>No se importó nada. {error}</translation>
    </message>
    <message>
        <source>Prompt removed.</source>
        <translation>Pregunta eliminada.</translation>
    </message>
    <message>
        <source>Prompts from Recovery Journal</source>
        <translation>Preguntas de Recovery Journal</translation>
    </message>
    <message>
        <source>Prompts you wrote</source>
        <translation>Preguntas que escribiste</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Share a pack</source>
        <translation>Compartir un paquete</translation>
    </message>
    <message>
        <source>Show or hide</source>
        <translation>Mostrar u ocultar</translation>
    </message>
    <message>
        <source>That file could not be read: {error}</source>
        <translation>No se pudo leer ese archivo: {error}</translation>
    </message>
    <message>
        <source>The pack could not be written: {error}</source>
        <translation>No se pudo escribir el paquete: {error}</translation>
    </message>
    <message>
        <source>Untick a question that doesn't fit you; it won't be asked again. Tick it to bring it back.</source>
        <translation>Desmarca una pregunta que no encaje contigo; no se volverá a hacer. Márcala para recuperarla.</translation>
    </message>
    <message>
        <source>Write your own</source>
        <translation>Escribe las tuyas</translation>
    </message>
    <message>
        <source>You haven't written or imported any prompts yet, so there is nothing to export.</source>
        <translation>Todavía no has escrito ni importado preguntas, así que no hay nada que exportar.</translation>
    </message>
    <message>
        <source>Your prompt was added. It will come up when it fits.</source>
        <translation>Tu pregunta se añadió. Aparecerá cuando encaje.</translation>
    </message>
    <message>
        <source>Your prompts and imported ones</source>
        <translation>Tus preguntas y las importadas</translation>
    </message>
    <message>
        <source>Your question</source>
        <translation>Tu pregunta</translation>
    </message>
    <message>
        <source>Your question, e.g. “What does a good evening look like?”</source>
        <translation>Tu pregunta, p. ej., «¿Cómo es una buena tarde para mí?»</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importada</translation>
    </message>
    <message>
        <source>yours</source>
        <translation>tuya</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Coping toolbox</source>
        <translation>Estrategias</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>Patrones</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Diario</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Mediciones</translation>
    </message>
    <message>
        <source>My plan</source>
        <translation>Mi plan</translation>
    </message>
    <message>
        <source>Reflect</source>
        <translation>Reflexionar</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Papelera</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Tratamiento</translation>
    </message>
    <message>
        <source>Triggers</source>
        <translation>Detonantes</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <source>Encryption is not available in this copy of Recovery Journal. It uses SQLCipher (the sqlcipher3 package), which is installed only where a ready-made build of it exists: Windows, macOS, and Linux on x86-64 or ARM64. This computer runs {machine}, and SQLCipher could not be loaded ({reason}).</source>
        <translation>El cifrado no está disponible en esta copia de Recovery Journal. Usa SQLCipher (el paquete sqlcipher3), que solo se instala donde existe una versión ya compilada: Windows, macOS y Linux en x86-64 o ARM64. Este equipo usa {machine}, y no se pudo cargar SQLCipher ({reason}).</translation>
    </message>
    <message>
        <source>If you forget your passphrase and lose your recovery key, nobody can open your journal again — not even the people who made this app. There is no back door.</source>
        <translation>Si olvidas tu frase de contraseña y pierdes tu clave de recuperación, nadie podrá volver a abrir tu diario, ni siquiera quienes hicieron esta aplicación. No hay puerta trasera.</translation>
    </message>
    <message>
        <source>Wrong passphrase. Check Caps Lock and try again, or type your recovery key.</source>
        <translation>Frase de contraseña incorrecta. Revisa Bloq Mayús e inténtalo otra vez, o escribe tu clave de recuperación.</translation>
    </message>
    <message>
        <source>{platform} on {platform2} with Python {platform3}</source>
        <translation>{platform} en {platform2} con Python {platform3}</translation>
    </message>
</context>
<context>
    <name>PassphraseGate</name>
    <message>
        <source>1 second</source>
        <translation>1 segundo</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>Passphrase or recovery key</source>
        <translation>Frase de contraseña o clave de recuperación</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>Ya puedes volver a intentarlo.</translation>
    </message>
    <message>
        <source>Your passphrase cannot be checked: {message}</source>
        <translation>No se puede comprobar tu frase de contraseña: {message}</translation>
    </message>
    <message>
        <source>{WRONG} You can try again in {seconds}.</source>
        <translation>{WRONG} Puedes volver a intentarlo en {seconds}.</translation>
    </message>
    <message>
        <source>{waiting} seconds</source>
        <translation>{waiting} segundos</translation>
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
    <name>Plan</name>
    <message>
        <source>, craving {craving} on average</source>
        <translation>, deseo de consumir {craving} de media</translation>
    </message>
    <message>
        <source>Add someone you can call when things get hard.</source>
        <translation>Añade a alguien a quien puedas llamar cuando las cosas se pongan difíciles.</translation>
    </message>
    <message>
        <source>Added contact “{name}”</source>
        <translation>Contacto añadido: «{name}»</translation>
    </message>
    <message>
        <source>Added {item} “{text}”</source>
        <translation>Añadido ({item}): «{text}»</translation>
    </message>
    <message>
        <source>Feeling {emotion}</source>
        <translation>Sentir {emotion}</translation>
    </message>
    <message>
        <source>First review: the plan as it stood.</source>
        <translation>Primera revisión: el plan tal como estaba.</translation>
    </message>
    <message>
        <source>Goal done: “{text}”</source>
        <translation>Objetivo cumplido: «{text}»</translation>
    </message>
    <message>
        <source>It has been {days} days since your last review — a good moment to look over your plan.</source>
        <translation>Han pasado {days} días desde tu última revisión: buen momento para repasar tu plan.</translation>
    </message>
    <message>
        <source>Name a few of your triggers, so you can see them coming.</source>
        <translation>Nombra algunos de tus detonantes, para verlos venir.</translation>
    </message>
    <message>
        <source>New goal “{text}”</source>
        <translation>Objetivo nuevo: «{text}»</translation>
    </message>
    <message>
        <source>New goal “{text}” (done)</source>
        <translation>Objetivo nuevo: «{text}» (cumplido)</translation>
    </message>
    <message>
        <source>Next review around {day}.</source>
        <translation>Próxima revisión hacia el {day}.</translation>
    </message>
    <message>
        <source>No changes since the last review.</source>
        <translation>Sin cambios desde la última revisión.</translation>
    </message>
    <message>
        <source>Note the early warning signs that tell you a hard patch is starting.</source>
        <translation>Anota las señales de alerta temprana que te dicen que empieza una racha difícil.</translation>
    </message>
    <message>
        <source>Removed contact “{name}”</source>
        <translation>Contacto quitado: «{name}»</translation>
    </message>
    <message>
        <source>Removed {item} “{text}”</source>
        <translation>Quitado ({item}): «{text}»</translation>
    </message>
    <message>
        <source>Updated contact “{name}”: {fields}</source>
        <translation>Contacto «{name}» actualizado: {fields}</translation>
    </message>
    <message>
        <source>You haven't reviewed your plan yet. A review saves how it stands today.</source>
        <translation>Aún no has revisado tu plan. Una revisión guarda cómo está hoy.</translation>
    </message>
    <message>
        <source>Your plan has everything it needs. Keep it close.</source>
        <translation>Tu plan tiene todo lo que necesita. Tenlo a mano.</translation>
    </message>
    <message numerus="yes">
        <source>Your plan is not complete yet: add %n more go-to action(s). Having at least {least} gives you a choice when a craving hits.</source>
        <translation>
            <numerusform>Tu plan aún no está completo: añade una acción de referencia más. Tener al menos {least} te da donde elegir cuando llega un deseo de consumir.</numerusform>
            <numerusform>Tu plan aún no está completo: añade %n acciones de referencia más. Tener al menos {least} te da donde elegir cuando llega un deseo de consumir.</numerusform>
        </translation>
    </message>
    <message>
        <source>go-to action</source>
        <translation>acción de referencia</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>teléfono</translation>
    </message>
    <message>
        <source>relation</source>
        <translation>relación</translation>
    </message>
    <message>
        <source>trigger</source>
        <translation>detonante</translation>
    </message>
    <message>
        <source>warning sign</source>
        <translation>señal de alerta</translation>
    </message>
    <message>
        <source>when to call</source>
        <translation>cuándo llamar</translation>
    </message>
    <message numerus="yes">
        <source>{name} — logged %n time(s)</source>
        <translation>
            <numerusform>{name}: anotado %n vez</numerusform>
            <numerusform>{name}: anotado %n veces</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{text} — on %n check-in(s) with a strong craving</source>
        <translation>
            <numerusform>{text}: en %n registro con un deseo de consumir fuerte</numerusform>
            <numerusform>{text}: en %n registros con un deseo de consumir fuerte</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source> (carried over)</source>
        <translation> (traída de la semana pasada)</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>1 · Triggers and early warning signs</source>
        <translation>1 · Detonantes y señales de alerta temprana</translation>
    </message>
    <message>
        <source>2 · Goals for this week</source>
        <translation>2 · Metas de esta semana</translation>
    </message>
    <message>
        <source>3 · My go-to actions</source>
        <translation>3 · Mis acciones de referencia</translation>
    </message>
    <message>
        <source>4 · People ready to help</source>
        <translation>4 · Personas dispuestas a ayudar</translation>
    </message>
    <message>
        <source>5 · Review</source>
        <translation>5 · Revisión</translation>
    </message>
    <message>
        <source>&lt;b&gt;History&lt;/b&gt; — pick a review to see what changed</source>
        <translation>&lt;b&gt;Historial&lt;/b&gt;: elige una revisión para ver qué cambió</translation>
    </message>
    <message>
        <source>A few clear, small goals. Tick them off as you go; unfinished ones can carry on.</source>
        <translation>Unas pocas metas claras y pequeñas. Márcalas a medida que las cumples; las que queden pendientes pueden seguir.</translation>
    </message>
    <message>
        <source>A goal for this week, e.g. go to two meetings</source>
        <translation>Una meta para esta semana, p. ej., ir a dos reuniones</translation>
    </message>
    <message>
        <source>A new goal</source>
        <translation>Una meta nueva</translation>
    </message>
    <message>
        <source>A new trigger</source>
        <translation>Un detonante nuevo</translation>
    </message>
    <message>
        <source>A new warning sign</source>
        <translation>Una señal de alerta nueva</translation>
    </message>
    <message>
        <source>A trigger in your own words, e.g. payday</source>
        <translation>Un detonante en tus propias palabras, p. ej., el día de pago</translation>
    </message>
    <message>
        <source>Add a name so you know who to call.</source>
        <translation>Añade un nombre para saber a quién llamar.</translation>
    </message>
    <message>
        <source>Add goal</source>
        <translation>Añadir meta</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>Añadir persona</translation>
    </message>
    <message>
        <source>Add to my plan</source>
        <translation>Añadir a mi plan</translation>
    </message>
    <message>
        <source>At least three things from your coping toolbox that help you cool off when a craving hits.</source>
        <translation>Al menos tres cosas de tus estrategias de afrontamiento que te ayuden a calmarte cuando llega un deseo de consumir.</translation>
    </message>
    <message>
        <source>Carry them into this week</source>
        <translation>Pasarlas a esta semana</translation>
    </message>
    <message>
        <source>Contact moved to the trash; you can restore it from there.</source>
        <translation>Contacto movido a la papelera; puedes restaurarlo desde allí.</translation>
    </message>
    <message>
        <source>Coping tool to add</source>
        <translation>Estrategia que añadir</translation>
    </message>
    <message>
        <source>Craving 0 = none, 10 = the strongest you know</source>
        <translation>Deseo de consumo: 0 = ninguno, 10 = el más fuerte que conoces</translation>
    </message>
    <message>
        <source>Craving that opens Need help now</source>
        <translation>Deseo de consumir que abre Necesito ayuda ahora</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Early warning signs</source>
        <translation>Señales de alerta temprana</translation>
    </message>
    <message>
        <source>Feelings that often come with your strongest cravings — click to add:</source>
        <translation>Sentimientos que suelen acompañar tus deseos de consumir más fuertes; haz clic para añadir:</translation>
    </message>
    <message>
        <source>From your check-ins in the last {SUGGESTION_DAYS} days — click one to add it:</source>
        <translation>De tus registros de los últimos {SUGGESTION_DAYS} días; haz clic en uno para añadirlo:</translation>
    </message>
    <message>
        <source>Go-to actions</source>
        <translation>Acciones de referencia</translation>
    </message>
    <message>
        <source>Goal done: {text}. Well done.</source>
        <translation>Meta cumplida: {text}. Bien hecho.</translation>
    </message>
    <message>
        <source>Last reviewed on {dates}. </source>
        <translation>Revisado por última vez el {dates}.</translation>
    </message>
    <message>
        <source>Look over your plan now and then. Each review keeps a copy, so you can see how your plan has grown.</source>
        <translation>Revisa tu plan de vez en cuando. Cada revisión guarda una copia, para que veas cómo ha crecido tu plan.</translation>
    </message>
    <message>
        <source>Mark as reviewed</source>
        <translation>Marcar como revisado</translation>
    </message>
    <message>
        <source>My plan</source>
        <translation>Mi plan</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <source>New goal</source>
        <translation>Meta nueva</translation>
    </message>
    <message>
        <source>Not finished last time, and that's okay: {texts}.</source>
        <translation>Sin terminar la última vez, y está bien: {texts}.</translation>
    </message>
    <message>
        <source>Often: {label}</source>
        <translation>A menudo: {label}</translation>
    </message>
    <message>
        <source>Open “Need help now” on its own after a check-in with a craving of</source>
        <translation>Abrir «Necesito ayuda ahora» automáticamente tras un registro con un deseo de consumir de</translation>
    </message>
    <message>
        <source>Person to call: {edit}</source>
        <translation>Persona a la que llamar: {edit}</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Plan reviewed. A copy is kept in its history.</source>
        <translation>Plan revisado. Se guarda una copia en su historial.</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relación</translation>
    </message>
    <message>
        <source>Remind me after</source>
        <translation>Recordármelo después de</translation>
    </message>
    <message>
        <source>Remind me to review after</source>
        <translation>Recordarme revisarlo después de</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Review history</source>
        <translation>Historial de revisiones</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Guardar cambios</translation>
    </message>
    <message>
        <source>Strong cravings: {label}</source>
        <translation>Deseos fuertes: {label}</translation>
    </message>
    <message>
        <source>Support contacts</source>
        <translation>Contactos de apoyo</translation>
    </message>
    <message>
        <source>This week's goals</source>
        <translation>Metas de esta semana</translation>
    </message>
    <message>
        <source>Triggers</source>
        <translation>Detonantes</translation>
    </message>
    <message>
        <source>Warning signs</source>
        <translation>Señales de alerta</translation>
    </message>
    <message>
        <source>Week starting {dates}</source>
        <translation>Semana que empieza el {dates}</translation>
    </message>
    <message>
        <source>What changed at this review</source>
        <translation>Qué cambió en esta revisión</translation>
    </message>
    <message>
        <source>What tends to set off a craving, and the small signs that tell you a hard patch is starting.</source>
        <translation>Lo que suele desencadenar un deseo de consumir, y las pequeñas señales que te avisan de que empieza una racha difícil.</translation>
    </message>
    <message>
        <source>When to call</source>
        <translation>Cuándo llamar</translation>
    </message>
    <message>
        <source>Who you can call, their number, and when to call them.</source>
        <translation>A quién puedes llamar, su número y cuándo llamarle.</translation>
    </message>
    <message>
        <source>Your top triggers</source>
        <translation>Tus detonantes principales</translation>
    </message>
    <message>
        <source>e.g. Sam</source>
        <translation>p. ej., Sam</translation>
    </message>
    <message>
        <source>e.g. any time, evenings, before a party</source>
        <translation>p. ej., a cualquier hora, por las tardes, antes de una fiesta</translation>
    </message>
    <message>
        <source>e.g. skipping meals, not answering calls</source>
        <translation>p. ej., saltarme comidas, no contestar llamadas</translation>
    </message>
    <message>
        <source>e.g. sponsor, sister, counsellor</source>
        <translation>p. ej., padrino o madrina, hermana, consejero o consejera</translation>
    </message>
    <message>
        <source>or more</source>
        <translation>o más</translation>
    </message>
    <message>
        <source>trigger</source>
        <translation>detonante</translation>
    </message>
    <message>
        <source>warning sign</source>
        <translation>señal de alerta</translation>
    </message>
    <message>
        <source>{plan_actions} go-to actions. </source>
        <translation>{plan_actions} acciones de referencia.</translation>
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
        <source>Program ends</source>
        <translation>El programa termina</translation>
    </message>
    <message>
        <source>Program starts</source>
        <translation>El programa empieza</translation>
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
    <name>Prompts</name>
    <message>
        <source>A question for any day.</source>
        <translation>Una pregunta para cualquier día.</translation>
    </message>
    <message>
        <source>Nothing in particular stands out lately, so here is a moment for gratitude.</source>
        <translation>Últimamente no destaca nada en especial, así que aquí tienes un momento para agradecer.</translation>
    </message>
    <message>
        <source>Nothing in particular stands out lately, so here is a moment to look ahead.</source>
        <translation>Últimamente no destaca nada en especial, así que aquí tienes un momento para mirar hacia adelante.</translation>
    </message>
    <message>
        <source>Nothing in particular stands out lately, so here is a moment to notice your strengths.</source>
        <translation>Últimamente no destaca nada en especial, así que aquí tienes un momento para fijarte en tus fortalezas.</translation>
    </message>
    <message>
        <source>after a lapse</source>
        <translation>después de un desliz</translation>
    </message>
    <message>
        <source>check-in</source>
        <translation>registro</translation>
    </message>
    <message>
        <source>coping</source>
        <translation>afrontamiento</translation>
    </message>
    <message>
        <source>cravings</source>
        <translation>deseos de consumir</translation>
    </message>
    <message>
        <source>goals</source>
        <translation>metas</translation>
    </message>
    <message>
        <source>gratitude</source>
        <translation>gratitud</translation>
    </message>
    <message>
        <source>milestone</source>
        <translation>logro</translation>
    </message>
    <message>
        <source>plan review</source>
        <translation>repaso del plan</translation>
    </message>
    <message>
        <source>relationships</source>
        <translation>relaciones</translation>
    </message>
    <message>
        <source>self-compassion</source>
        <translation>autocompasión</translation>
    </message>
    <message>
        <source>strengths</source>
        <translation>fortalezas</translation>
    </message>
    <message>
        <source>stress</source>
        <translation>estrés</translation>
    </message>
    <message>
        <source>triggers</source>
        <translation>detonantes</translation>
    </message>
</context>
<context>
    <name>PromptsDialog</name>
    <message>
        <source>Prompt packs (*.toml);;All files (*)</source>
        <translation>Paquetes de preguntas (*.toml);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>RatingScale</name>
    <message>
        <source>How am I really doing, 1 to 10</source>
        <translation>Cómo estoy de verdad, de 1 a 10</translation>
    </message>
    <message>
        <source>{RATING_HINT}. Press 1–9, or 0 for 10.</source>
        <translation>{RATING_HINT}. Pulsa 1–9, o 0 para 10.</translation>
    </message>
</context>
<context>
    <name>RecordTable</name>
    <message>
        <source>Column headings of {table}</source>
        <translation>Encabezados de columna de {table}</translation>
    </message>
    <message>
        <source>Row headings</source>
        <translation>Encabezados de fila</translation>
    </message>
</context>
<context>
    <name>Recovered</name>
    <message>
        <source>time unknown</source>
        <translation>hora desconocida</translation>
    </message>
</context>
<context>
    <name>RecoveredDialog</name>
    <message>
        <source> Kept in {path} because the journal could not be written then.</source>
        <translation> Guardado en {path} porque entonces no se pudo escribir en el diario.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>&amp;Put it back</source>
        <translation>&amp;Devolverlo a su sitio</translation>
    </message>
    <message>
        <source>Copied. You can paste it anywhere.</source>
        <translation>Copiado. Puedes pegarlo donde quieras.</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>Decidir después</translation>
    </message>
    <message>
        <source>From: {label}, {when}.</source>
        <translation>De: {label}, {when}.</translation>
    </message>
    <message>
        <source>Recovered from last time</source>
        <translation>Recuperado de la última vez</translation>
    </message>
    <message>
        <source>Save as &amp;journal entry</source>
        <translation>Guardar como entrada del &amp;diario</translation>
    </message>
    <message>
        <source>Saved in your journal.</source>
        <translation>Guardado en tu diario.</translation>
    </message>
    <message>
        <source>That question has been answered since: copy the words or save them as an entry.</source>
        <translation>Esa pregunta ya se respondió desde entonces: copia las palabras o guárdalas como entrada.</translation>
    </message>
    <message>
        <source>The words of the chosen draft</source>
        <translation>Las palabras del borrador elegido</translation>
    </message>
    <message>
        <source>These words were typed but not saved: the app closed before they were, or you chose to keep them as a draft. Nothing has been changed yet: for each one, choose whether to put it back where you wrote it, copy it, keep it as a journal entry, or let it go.</source>
        <translation>Estas palabras se escribieron pero no se guardaron: la aplicación se cerró antes, o elegiste conservarlas como borrador. Todavía no se ha cambiado nada: para cada una, elige si devolverla a donde la escribiste, copiarla, guardarla como entrada del diario o dejarla ir.</translation>
    </message>
    <message>
        <source>This version does not know where these words came from: copy them or save them.</source>
        <translation>Esta versión no sabe de dónde vienen estas palabras: cópialas o guárdalas.</translation>
    </message>
    <message>
        <source>Unsaved drafts</source>
        <translation>Borradores sin guardar</translation>
    </message>
    <message>
        <source>{label} (recovered words)</source>
        <translation>{label} (palabras recuperadas)</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>&lt;h2&gt;Recovery Journal — recovery key&lt;/h2&gt;&lt;p style='font-family: monospace; font-size: 18pt; white-space: pre'&gt;{html}&lt;/p&gt;&lt;p&gt;This key opens your Recovery Journal if you forget your passphrase: type it where the app asks for your passphrase. Keep this paper somewhere safe and private; anyone who has it and your journal file could read your journal.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Recovery Journal — clave de recuperación&lt;/h2&gt;&lt;p style='font-family: monospace; font-size: 18pt; white-space: pre'&gt;{html}&lt;/p&gt;&lt;p&gt;Esta clave abre tu Recovery Journal si olvidas tu frase de contraseña: escríbela donde la aplicación te pide la frase de contraseña. Guarda este papel en un lugar seguro y privado; cualquiera que lo tenga junto con el archivo de tu diario podría leerlo.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>I have kept it safe</source>
        <translation>Ya la guardé en un lugar seguro</translation>
    </message>
    <message>
        <source>It opens your journal if you forget your passphrase. This is the only time it is shown. </source>
        <translation>Abre tu diario si olvidas tu frase de contraseña. Esta es la única vez que se muestra.</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Write this recovery key down or print it, and keep it somewhere safe, away from this computer:</source>
        <translation>Anota o imprime esta clave de recuperación y guárdala en un lugar seguro, lejos de este equipo:</translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation>Tu clave de recuperación</translation>
    </message>
</context>
<context>
    <name>Reflect</name>
    <message>
        <source>&lt;p&gt;&lt;i&gt;Why this question: {escape}&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Por qué esta pregunta: {escape}&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ReflectPage</name>
    <message>
        <source>Everything</source>
        <translation>Todo</translation>
    </message>
    <message>
        <source>Gratitude</source>
        <translation>Gratitud</translation>
    </message>
    <message>
        <source>Gratitude…</source>
        <translation>Gratitud…</translation>
    </message>
    <message>
        <source>How am I really doing?</source>
        <translation>¿Cómo estoy de verdad?</translation>
    </message>
    <message>
        <source>Look back at the last seven days</source>
        <translation>Mirar atrás los últimos siete días</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>Mover a la papelera</translation>
    </message>
    <message>
        <source>Moved to the trash. You can restore it from there.</source>
        <translation>Movido a la papelera. Puedes restaurarlo desde allí.</translation>
    </message>
    <message>
        <source>My prompts…</source>
        <translation>Mis preguntas…</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Show reflections of kind</source>
        <translation>Mostrar reflexiones del tipo</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Fortalezas</translation>
    </message>
    <message>
        <source>Strengths…</source>
        <translation>Fortalezas…</translation>
    </message>
    <message>
        <source>Take a little longer</source>
        <translation>Tomarte un poco más de tiempo</translation>
    </message>
    <message>
        <source>The chosen reflection</source>
        <translation>La reflexión elegida</translation>
    </message>
    <message>
        <source>Thought record</source>
        <translation>Registro de pensamientos</translation>
    </message>
    <message>
        <source>Thought record…</source>
        <translation>Registro de pensamientos…</translation>
    </message>
    <message>
        <source>Three strengths you used lately</source>
        <translation>Tres fortalezas que usaste últimamente</translation>
    </message>
    <message>
        <source>Three things you're grateful for</source>
        <translation>Tres cosas que agradeces</translation>
    </message>
    <message>
        <source>Weekly review</source>
        <translation>Repaso semanal</translation>
    </message>
    <message>
        <source>Weekly review…</source>
        <translation>Repaso semanal…</translation>
    </message>
    <message>
        <source>Weigh up a harsh thought</source>
        <translation>Sopesar un pensamiento duro</translation>
    </message>
    <message>
        <source>Write, hide or share questions</source>
        <translation>Escribir, ocultar o compartir preguntas</translation>
    </message>
    <message>
        <source>You can restore it from the trash</source>
        <translation>Puedes restaurarlo desde la papelera</translation>
    </message>
    <message>
        <source>Your answers will appear here. There's no wrong way to start.</source>
        <translation>Tus respuestas aparecerán aquí. No hay una forma equivocada de empezar.</translation>
    </message>
    <message>
        <source>Your reflections</source>
        <translation>Tus reflexiones</translation>
    </message>
    <message>
        <source>Your reflections, newest first</source>
        <translation>Tus reflexiones, las más recientes primero</translation>
    </message>
</context>
<context>
    <name>ReflectionThought</name>
    <message>
        <source>Feeling after: {feeling_after} ({feeling_after_strength}/100)</source>
        <translation>Sentimiento después: {feeling_after} ({feeling_after_strength}/100)</translation>
    </message>
    <message>
        <source>Feeling: {feeling} ({feeling_strength}/100)</source>
        <translation>Sentimiento: {feeling} ({feeling_strength}/100)</translation>
    </message>
    <message>
        <source>e.g. anxious, ashamed, angry</source>
        <translation>p. ej., ansiedad, vergüenza, enojo</translation>
    </message>
</context>
<context>
    <name>ReflectionWeekly</name>
    <message>
        <source>Coping that helped: </source>
        <translation>Estrategias que ayudaron:</translation>
    </message>
    <message>
        <source>Goals: {goals}</source>
        <translation>Metas: {goals}</translation>
    </message>
    <message>
        <source>Hardest moment: {hardest}</source>
        <translation>Momento más difícil: {hardest}</translation>
    </message>
    <message>
        <source>Plan changes: {plan_change}</source>
        <translation>Cambios en el plan: {plan_change}</translation>
    </message>
    <message>
        <source>Triggers this week: </source>
        <translation>Detonantes de esta semana:</translation>
    </message>
    <message>
        <source>What went well: {went_well}</source>
        <translation>Qué salió bien: {went_well}</translation>
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
        <source>Check-in reminder time</source>
        <translation>Hora del recordatorio del registro</translation>
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
    <name>Resources</name>
    <message>
        <source>a prompt</source>
        <translation>una pregunta</translation>
    </message>
    <message>
        <source>a text</source>
        <translation>un texto</translation>
    </message>
    <message>
        <source>a trigger</source>
        <translation>un detonante</translation>
    </message>
    <message>
        <source>an idea</source>
        <translation>una idea</translation>
    </message>
    <message>
        <source>has unknown signal '{signal}' (known: {known})</source>
        <translation>tiene una señal desconocida, '{signal}' (las conocidas son: {known})</translation>
    </message>
    <message>
        <source>is not a prompt field (use {known})</source>
        <translation>no es un campo de pregunta (usa {known})</translation>
    </message>
    <message>
        <source>may use only lower-case letters, digits, '-' and '_'</source>
        <translation>solo puede llevar letras minúsculas, cifras, '-' y '_'</translation>
    </message>
    <message>
        <source>must be a [[prompt]] table</source>
        <translation>debe ser una tabla [[prompt]]</translation>
    </message>
    <message>
        <source>must be a list of non-empty questions</source>
        <translation>debe ser una lista de preguntas no vacías</translation>
    </message>
    <message>
        <source>must be a list of signal names</source>
        <translation>debe ser una lista de nombres de señales</translation>
    </message>
    <message>
        <source>must be a whole number of days from 0 to {most} (got {value})</source>
        <translation>debe ser un número entero de días entre 0 y {most} (dice {value})</translation>
    </message>
    <message>
        <source>must be non-empty text</source>
        <translation>debe ser un texto no vacío</translation>
    </message>
    <message>
        <source>must be one of: {choices} (got {value})</source>
        <translation>debe ser uno de estos: {choices} (dice {value})</translation>
    </message>
    <message>
        <source>{file}, line {line}</source>
        <translation>{file}, línea {line}</translation>
    </message>
    <message>
        <source>{file}: '{item}' is not {noun} in {catalogue}</source>
        <translation>{file}: '{item}' no es {noun} de {catalogue}</translation>
    </message>
    <message>
        <source>{file}: needs a region with code = "{code}" for everywhere else</source>
        <translation>{file}: necesita una región con code = "{code}" para el resto de los lugares</translation>
    </message>
    <message>
        <source>{where}: 'code' must be a two-letter country code or 'default'</source>
        <translation>{where}: 'code' debe ser un código de país de dos letras o 'default'</translation>
    </message>
    <message>
        <source>{where}: '{field}' must be a list of non-empty texts</source>
        <translation>{where}: '{field}' debe ser una lista de textos no vacíos</translation>
    </message>
    <message>
        <source>{where}: '{field}' must be non-empty text</source>
        <translation>{where}: '{field}' debe ser un texto no vacío</translation>
    </message>
    <message>
        <source>{where}: '{field}' must be text</source>
        <translation>{where}: '{field}' debe ser texto</translation>
    </message>
    <message>
        <source>{where}: '{name}' appears twice</source>
        <translation>{where}: '{name}' aparece dos veces</translation>
    </message>
    <message>
        <source>{where}: give a 'number' or a 'note' saying what to do</source>
        <translation>{where}: indica un 'number' o una 'note' que diga qué hacer</translation>
    </message>
    <message>
        <source>{where}: give the 'source' where the number can be checked</source>
        <translation>{where}: indica la 'source' donde se puede comprobar el número</translation>
    </message>
    <message>
        <source>{where}: id is already used by a built-in prompt; choose another id</source>
        <translation>{where}: ese id ya lo usa una pregunta incluida en la aplicación; elige otro id</translation>
    </message>
    <message>
        <source>{where}: id is already used by prompt {other}</source>
        <translation>{where}: ese id ya lo usa la pregunta {other}</translation>
    </message>
    <message>
        <source>{where}: kind '{kind}' is not one of {kinds}</source>
        <translation>{where}: kind '{kind}' no es uno de estos: {kinds}</translation>
    </message>
    <message>
        <source>{where}: needs at least one [[{table}]] table</source>
        <translation>{where}: necesita al menos una tabla [[{table}]]</translation>
    </message>
    <message>
        <source>{where}: unknown field '{field}' (use {known})</source>
        <translation>{where}: campo desconocido, '{field}' (usa {known})</translation>
    </message>
</context>
<context>
    <name>Restore</name>
    <message>
        <source>{when} — {kind} — damaged, cannot be restored</source>
        <translation>{when} — {kind} — dañada, no se puede restaurar</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Backups, newest first</source>
        <translation>Copias de seguridad, primero las más recientes</translation>
    </message>
    <message>
        <source>Choose the backup to bring back. Your journal as it is now is kept as a backup first, so you can change your mind. Recovery Journal reopens afterwards.</source>
        <translation>Elige la copia de seguridad que quieres recuperar. Primero se guarda una copia de tu diario tal como está ahora, para que puedas cambiar de opinión. Después, Recovery Journal se vuelve a abrir.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <source>There are no backups yet. Use File → Back up now to make one.</source>
        <translation>Todavía no hay copias de seguridad. Usa Archivo → Hacer copia de seguridad ahora para crear una.</translation>
    </message>
    <message>
        <source>before an update</source>
        <translation>antes de una actualización</translation>
    </message>
    <message>
        <source>before the passphrase was removed</source>
        <translation>antes de quitar la frase de contraseña</translation>
    </message>
    <message>
        <source>before the passphrase was set</source>
        <translation>antes de poner la frase de contraseña</translation>
    </message>
    <message>
        <source>daily backup</source>
        <translation>copia diaria</translation>
    </message>
    <message>
        <source>made by you</source>
        <translation>hecha por ti</translation>
    </message>
    <message>
        <source>when you last closed the app</source>
        <translation>la última vez que cerraste la aplicación</translation>
    </message>
    <message>
        <source>your journal just before a restore</source>
        <translation>tu diario justo antes de una restauración</translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <source>Cover</source>
        <translation>Portada</translation>
    </message>
    <message>
        <source>Keep these notes private (never in a summary)</source>
        <translation>Mantener estas notas privadas (nunca en un resumen)</translation>
    </message>
    <message>
        <source>Leave review</source>
        <translation>Salir del repaso</translation>
    </message>
    <message>
        <source>Not saved — kept as a draft</source>
        <translation>Sin guardar: se conserva como borrador</translation>
    </message>
    <message>
        <source>Notes from a session review</source>
        <translation>Notas de un repaso en sesión</translation>
    </message>
    <message>
        <source>Notes from today's session</source>
        <translation>Notas de la sesión de hoy</translation>
    </message>
    <message>
        <source>Notes from today's session — what we talked about, what to try this week…</source>
        <translation>Notas de la sesión de hoy: de qué hablamos, qué probar esta semana…</translation>
    </message>
    <message>
        <source>Save notes</source>
        <translation>Guardar notas</translation>
    </message>
    <message>
        <source>Saved to your journal</source>
        <translation>Guardado en tu diario</translation>
    </message>
    <message>
        <source>Session notes, {dates}</source>
        <translation>Notas de sesión, {dates}</translation>
    </message>
    <message>
        <source>Session review — Recovery Journal</source>
        <translation>Repaso en sesión — Recovery Journal</translation>
    </message>
    <message>
        <source>Summary section</source>
        <translation>Sección del resumen</translation>
    </message>
    <message>
        <source>{period_text} · {index} of {sections} · {title}</source>
        <translation>{period_text} · {index} de {sections} · {title}</translation>
    </message>
    <message>
        <source>← → or Page Up / Page Down to move · Esc to leave</source>
        <translation>← → o Re Pág / Av Pág para moverte · Esc para salir</translation>
    </message>
</context>
<context>
    <name>Safety</name>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Restaurar desde una copia de seguridad…</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Cambiar la frase de contraseña</translation>
    </message>
    <message>
        <source>Hide the screen now</source>
        <translation>Ocultar la pantalla ahora</translation>
    </message>
    <message>
        <source>Lock after…</source>
        <translation>Bloquear después de…</translation>
    </message>
    <message>
        <source>Lock now</source>
        <translation>Bloquear ahora</translation>
    </message>
    <message>
        <source>Passphrase and &amp;lock</source>
        <translation>Frase de contraseña y &amp;bloqueo</translation>
    </message>
    <message>
        <source>Passphrase changed. Your recovery key still works.</source>
        <translation>Frase de contraseña cambiada. Tu clave de recuperación sigue funcionando.</translation>
    </message>
    <message>
        <source>Remove passphrase</source>
        <translation>Quitar la frase de contraseña</translation>
    </message>
    <message>
        <source>Remove passphrase…</source>
        <translation>Quitar la frase de contraseña…</translation>
    </message>
    <message>
        <source>Remove the passphrase? Your journal, backups and drafts will be stored unencrypted, so anyone who can use this computer account could read them. Recovery Journal reopens afterwards.</source>
        <translation>¿Quitar la frase de contraseña? Tu diario, tus copias de seguridad y tus borradores se guardarán sin cifrar, así que cualquiera que pueda usar esta cuenta del equipo podría leerlos. Después, Recovery Journal se vuelve a abrir.</translation>
    </message>
    <message>
        <source>Set a passphrase</source>
        <translation>Poner una frase de contraseña</translation>
    </message>
    <message>
        <source>Set or change passphrase…</source>
        <translation>Poner o cambiar la frase de contraseña…</translation>
    </message>
</context>
<context>
    <name>SafetyCli</name>
    <message>
        <source>
See the backups with `recoveryjournal restore`, then run `recoveryjournal restore FILE`.</source>
        <translation>
Mira las copias de seguridad con `recoveryjournal restore` y después ejecuta `recoveryjournal restore FILE`.</translation>
    </message>
    <message>
        <source> The previous journal was kept as {aside}.</source>
        <translation> El diario anterior se guardó como {aside}.</translation>
    </message>
    <message>
        <source>Backed up to {target}</source>
        <translation>Copia de seguridad guardada en {target}</translation>
    </message>
    <message>
        <source>Passphrase (or recovery key): </source>
        <translation>Frase de contraseña (o clave de recuperación):</translation>
    </message>
    <message>
        <source>Restored {file}.</source>
        <translation>{file} restaurado.</translation>
    </message>
    <message>
        <source>The newest good backup is {newest}; bring it back with: recoveryjournal restore {newest}</source>
        <translation>La copia de seguridad buena más reciente es {newest}; recupérala con: recoveryjournal restore {newest}</translation>
    </message>
    <message>
        <source>This journal is encrypted. Give --passphrase-file, or run the command in a terminal to be asked.</source>
        <translation>Este diario está cifrado. Indica --passphrase-file, o ejecuta el comando en una terminal para que te la pida.</translation>
    </message>
    <message>
        <source>a backup file; leave out to list the backups</source>
        <translation>un archivo de copia de seguridad; omítelo para listar las copias</translation>
    </message>
    <message>
        <source>check the journal for damage and count its records</source>
        <translation>comprobar si el diario tiene daños y contar sus registros</translation>
    </message>
    <message>
        <source>damaged ({problem})</source>
        <translation>dañado ({problem})</translation>
    </message>
    <message>
        <source>make a checked backup of the journal now</source>
        <translation>hacer ahora una copia de seguridad comprobada del diario</translation>
    </message>
    <message>
        <source>recoveryjournal: there is no journal in {folder}</source>
        <translation>recoveryjournal: no hay ningún diario en {folder}</translation>
    </message>
    <message>
        <source>recoveryjournal: {database} is damaged: {problem}</source>
        <translation>recoveryjournal: {database} está dañado: {problem}</translation>
    </message>
    <message>
        <source>replace the journal with a backup (the current file is set aside first)</source>
        <translation>reemplazar el diario por una copia de seguridad (antes se aparta el archivo actual)</translation>
    </message>
    <message>
        <source>{database} is healthy: {describe_counts}</source>
        <translation>{database} está en buen estado: {describe_counts}</translation>
    </message>
</context>
<context>
    <name>SafetyPanel</name>
    <message>
        <source>&lt;b&gt;Crisis line&lt;/b&gt; — if you might hurt yourself, call now</source>
        <translation>&lt;b&gt;Línea de crisis&lt;/b&gt;: si crees que podrías hacerte daño, llama ahora</translation>
    </message>
    <message>
        <source>&lt;b&gt;People you can call&lt;/b&gt;</source>
        <translation>&lt;b&gt;Personas a las que puedes llamar&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;People you can call&lt;/b&gt;&lt;br&gt;Add them in My plan, so they are here when you need them.</source>
        <translation>&lt;b&gt;Personas a las que puedes llamar&lt;/b&gt;&lt;br&gt;Añádelas en Mi plan, para que estén aquí cuando las necesites.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Right now, you could:&lt;/b&gt;&lt;ol&gt;&lt;li&gt;Open Need help now (F1): your own plan, your people and the crisis line, in one place.&lt;/li&gt;&lt;li&gt;Call or text one of your people below.&lt;/li&gt;&lt;li&gt;Call the crisis line below.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;b&gt;Ahora mismo puedes:&lt;/b&gt;&lt;ol&gt;&lt;li&gt;Abrir Necesito ayuda ahora (F1): tu propio plan, tus personas y la línea de crisis, en un solo lugar.&lt;/li&gt;&lt;li&gt;Llamar o escribir a una de tus personas de abajo.&lt;/li&gt;&lt;li&gt;Llamar a la línea de crisis de abajo.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>Continue the questionnaire</source>
        <translation>Seguir con el cuestionario</translation>
    </message>
    <message>
        <source>Open Need help now (F1)</source>
        <translation>Abrir Necesito ayuda ahora (F1)</translation>
    </message>
    <message>
        <source>Opens on top of this questionnaire; closing it brings you back here.</source>
        <translation>Se abre encima de este cuestionario; al cerrarlo vuelves aquí.</translation>
    </message>
    <message>
        <source>Support right now</source>
        <translation>Apoyo ahora mismo</translation>
    </message>
    <message>
        <source>Thank you for answering.</source>
        <translation>Gracias por responder.</translation>
    </message>
    <message>
        <source>Your answer is kept just as you gave it. Thoughts like these are worth sharing with someone today — you don't have to carry them alone.</source>
        <translation>Tu respuesta se guarda tal como la diste. Vale la pena compartir pensamientos así con alguien hoy: no tienes que cargarlos a solas.</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <source>Any mood</source>
        <translation>Cualquier ánimo</translation>
    </message>
    <message>
        <source>Any trigger</source>
        <translation>Cualquier detonante</translation>
    </message>
    <message>
        <source>Best match first</source>
        <translation>Primero la mejor coincidencia</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Quitar filtros</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Primero las más recientes</translation>
    </message>
    <message>
        <source>Not private</source>
        <translation>No privadas</translation>
    </message>
    <message>
        <source>Only entries with this mood</source>
        <translation>Solo entradas con este ánimo</translation>
    </message>
    <message>
        <source>Only entries with this trigger</source>
        <translation>Solo entradas con este detonante</translation>
    </message>
    <message>
        <source>Order of search results</source>
        <translation>Orden de los resultados de búsqueda</translation>
    </message>
    <message>
        <source>Private entries</source>
        <translation>Entradas privadas</translation>
    </message>
    <message>
        <source>Private only</source>
        <translation>Solo privadas</translation>
    </message>
    <message>
        <source>Private or not</source>
        <translation>Privadas o no</translation>
    </message>
    <message>
        <source>Search the journal</source>
        <translation>Buscar en el diario</translation>
    </message>
    <message>
        <source>Search your journal and reflections (Ctrl+F) — "a phrase", recov* for a prefix</source>
        <translation>Busca en tu diario y tus reflexiones (Ctrl+F): "una frase", recup* para un prefijo</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>any date</source>
        <translation>cualquier fecha</translation>
    </message>
    <message>
        <source>until</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>{what} date</source>
        <translation>fecha de {what}</translation>
    </message>
</context>
<context>
    <name>SelfTest</name>
    <message>
        <source>exported and imported JSON and CSV ({sum:,} records each)</source>
        <translation>JSON y CSV exportados e importados ({sum:,} registros cada uno)</translation>
    </message>
    <message>
        <source>imported {names} modules</source>
        <translation>{names} módulos importados</translation>
    </message>
    <message>
        <source>opened {PAGES} pages</source>
        <translation>{PAGES} páginas abiertas</translation>
    </message>
    <message>
        <source>self-test: FAILED</source>
        <translation>autocomprobación: FALLÓ</translation>
    </message>
    <message>
        <source>self-test: exit code {code}</source>
        <translation>autocomprobación: código de salida {code}</translation>
    </message>
    <message>
        <source>self-test: passed; the files are in {folder}</source>
        <translation>autocomprobación: superada; los archivos están en {folder}</translation>
    </message>
    <message>
        <source>self-test: {step}</source>
        <translation>autocomprobación: {step}</translation>
    </message>
    <message>
        <source>{name} ({path:,} bytes)</source>
        <translation>{name} ({path:,} bytes)</translation>
    </message>
</context>
<context>
    <name>SetPassphraseDialog</name>
    <message>
        <source>

Your journal is still kept only on this computer, in a folder only your account can open.</source>
        <translation>

Tu diario sigue guardado solo en este equipo, en una carpeta que solo tu cuenta puede abrir.</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Otra vez</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nueva frase de contraseña</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>Please use at least {MIN_PASSPHRASE} characters; a few words work well.</source>
        <translation>Usa al menos {MIN_PASSPHRASE} caracteres; unas cuantas palabras funcionan bien.</translation>
    </message>
    <message>
        <source>The same passphrase again</source>
        <translation>La misma frase de contraseña otra vez</translation>
    </message>
    <message>
        <source>The two passphrases are different. Please type them again.</source>
        <translation>Las dos frases de contraseña son distintas. Escríbelas otra vez, por favor.</translation>
    </message>
    <message>
        <source>These files in your journal folder are not Recovery Journal's own, so they stay as they are, unencrypted — move or delete them yourself if they hold private words:
</source>
        <translation>Estos archivos de la carpeta de tu diario no son de Recovery Journal, así que se quedan como están, sin cifrar; muévelos o bórralos tú si contienen palabras privadas:
</translation>
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
    <name>ShortReflection</name>
    <message>
        <source>Big or small: a person, a moment, something you noticed.</source>
        <translation>Grandes o pequeñas: una persona, un momento, algo que notaste.</translation>
    </message>
    <message>
        <source>Gratitude</source>
        <translation>Gratitud</translation>
    </message>
    <message>
        <source>Patience, honesty, asking for help, getting up again: what did you bring to a hard moment?</source>
        <translation>Paciencia, honestidad, pedir ayuda, volver a levantarte: ¿qué aportaste en un momento difícil?</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Fortalezas</translation>
    </message>
    <message>
        <source>Three strengths I used lately</source>
        <translation>Tres fortalezas que usé últimamente</translation>
    </message>
    <message>
        <source>Three things I'm grateful for</source>
        <translation>Tres cosas que agradezco</translation>
    </message>
</context>
<context>
    <name>ShortReflectionDialog</name>
    <message>
        <source>Write at least one line before saving.</source>
        <translation>Escribe al menos una línea antes de guardar.</translation>
    </message>
    <message>
        <source>{question}, line {number} of 3</source>
        <translation>{question}, línea {number} de 3</translation>
    </message>
    <message>
        <source>{title} saved.</source>
        <translation>{title} guardado.</translation>
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
    <name>Signals</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n use(s)</source>
        <translation>
            <numerusform>%n uso</numerusform>
            <numerusform>%n usos</numerusform>
        </translation>
    </message>
    <message>
        <source>'{name}' helped lately: your craving fell by {drop} points on average ({uses}).</source>
        <translation>«{name}» te ha ayudado últimamente: tu deseo de consumir bajó {drop} puntos de media ({uses}).</translation>
    </message>
    <message>
        <source>A coping action that helped</source>
        <translation>Una acción de afrontamiento que ayudó</translation>
    </message>
    <message>
        <source>A coping tool that goes with a bigger drop in craving</source>
        <translation>Una herramienta de afrontamiento que va con una bajada mayor del deseo de consumir</translation>
    </message>
    <message>
        <source>A few days since the last check-in or entry</source>
        <translation>Unos días desde el último registro o entrada</translation>
    </message>
    <message>
        <source>A lapse in the last two weeks</source>
        <translation>Un desliz en las dos últimas semanas</translation>
    </message>
    <message>
        <source>A sobriety milestone coming up</source>
        <translation>Un hito de recuperación que se acerca</translation>
    </message>
    <message>
        <source>A sobriety milestone just reached</source>
        <translation>Un hito de recuperación recién alcanzado</translation>
    </message>
    <message>
        <source>A strong craving this week</source>
        <translation>Un deseo de consumir fuerte esta semana</translation>
    </message>
    <message>
        <source>A time that tends to be harder, by your own check-ins</source>
        <translation>Un momento que suele ser más difícil, según tus propios registros</translation>
    </message>
    <message>
        <source>A trigger showing up more than usual</source>
        <translation>Un detonante que aparece más de lo habitual</translation>
    </message>
    <message>
        <source>A trigger that goes with stronger cravings, by your own check-ins</source>
        <translation>Un detonante que va con un deseo de consumir más fuerte, según tus propios registros</translation>
    </message>
    <message>
        <source>Afternoon</source>
        <translation>Tarde</translation>
    </message>
    <message>
        <source>Coping ideas not tried yet</source>
        <translation>Ideas de afrontamiento aún sin probar</translation>
    </message>
    <message>
        <source>Cravings easing this week</source>
        <translation>El deseo de consumir se suaviza esta semana</translation>
    </message>
    <message>
        <source>Cravings stronger than usual this week</source>
        <translation>Deseo de consumir más fuerte de lo habitual esta semana</translation>
    </message>
    <message>
        <source>Evening</source>
        <translation>Noche temprana</translation>
    </message>
    <message>
        <source>It's been {days} days since you last checked in or wrote. Welcome back.</source>
        <translation>Han pasado {days} días desde tu último registro o entrada. Qué bien que vuelvas.</translation>
    </message>
    <message>
        <source>It's the start of the week and no goals are set for it yet.</source>
        <translation>Empieza la semana y todavía no tiene objetivos.</translation>
    </message>
    <message>
        <source>Mood better than usual this week</source>
        <translation>Ánimo mejor de lo habitual esta semana</translation>
    </message>
    <message>
        <source>Mood lower than usual this week</source>
        <translation>Ánimo más bajo de lo habitual esta semana</translation>
    </message>
    <message>
        <source>Morning</source>
        <translation>Mañana</translation>
    </message>
    <message>
        <source>Night</source>
        <translation>Noche</translation>
    </message>
    <message>
        <source>Nothing in particular stands out</source>
        <translation>No destaca nada en particular</translation>
    </message>
    <message>
        <source>Plan due for a review</source>
        <translation>Toca revisar el plan</translation>
    </message>
    <message>
        <source>The first weeks of the program</source>
        <translation>Las primeras semanas del programa</translation>
    </message>
    <message>
        <source>There are ideas in your toolbox you haven't tried yet, like '{name}'.</source>
        <translation>En tu caja de herramientas hay ideas que aún no has probado, como «{name}».</translation>
    </message>
    <message>
        <source>This week's goal is still open, with {to_go} to go.</source>
        <translation>El objetivo de esta semana sigue abierto, y quedan {to_go}.</translation>
    </message>
    <message>
        <source>Weekly goals to set or finish</source>
        <translation>Objetivos semanales por fijar o terminar</translation>
    </message>
    <message>
        <source>You logged '{name}' {times} this week, more than usual ({usual}).</source>
        <translation>Anotaste «{name}» {times} esta semana, más de lo habitual ({usual}).</translation>
    </message>
    <message>
        <source>You noted a lapse {when}. A lapse is information, and you're still here, still writing.</source>
        <translation>Anotaste un desliz {when}. Un desliz es información, y sigues aquí, sigues escribiendo.</translation>
    </message>
    <message>
        <source>You noted a strong craving (up to {strongest} out of 10) {times} in the last seven days.</source>
        <translation>Anotaste un deseo de consumir fuerte (hasta {strongest} sobre 10) {times} en los últimos siete días.</translation>
    </message>
    <message>
        <source>You reached {without} {when}.</source>
        <translation>Llegaste a {without} {when}.</translation>
    </message>
    <message>
        <source>You'll reach {without} {when}.</source>
        <translation>Llegarás a {without} {when}.</translation>
    </message>
    <message>
        <source>You're in week {week} of your program.</source>
        <translation>Estás en la semana {week} de tu programa.</translation>
    </message>
    <message>
        <source>Your check-ins of the last 90 days show a pattern: {pattern}.</source>
        <translation>Tus registros de los últimos 90 días muestran un patrón: {pattern}.</translation>
    </message>
    <message>
        <source>Your cravings have been stronger: {numbers}.</source>
        <translation>Tu deseo de consumir ha sido más fuerte: {numbers}.</translation>
    </message>
    <message>
        <source>Your cravings have eased: {numbers}.</source>
        <translation>Tu deseo de consumir se ha suavizado: {numbers}.</translation>
    </message>
    <message>
        <source>Your mood has been lower lately: {numbers}.</source>
        <translation>Tu ánimo ha estado más bajo últimamente: {numbers}.</translation>
    </message>
    <message>
        <source>Your mood has lifted lately: {numbers}.</source>
        <translation>Tu ánimo ha mejorado últimamente: {numbers}.</translation>
    </message>
    <message>
        <source>about {times} a week before</source>
        <translation>unas {times} por semana antes</translation>
    </message>
    <message>
        <source>eight</source>
        <translation>ocho</translation>
    </message>
    <message>
        <source>five</source>
        <translation>cinco</translation>
    </message>
    <message>
        <source>four</source>
        <translation>cuatro</translation>
    </message>
    <message>
        <source>in {days} days</source>
        <translation>dentro de {days} días</translation>
    </message>
    <message>
        <source>nine</source>
        <translation>nueve</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>on {weekday}</source>
        <translation>el {weekday}</translation>
    </message>
    <message>
        <source>once</source>
        <translation>una vez</translation>
    </message>
    <message>
        <source>one</source>
        <translation>uno</translation>
    </message>
    <message>
        <source>seven</source>
        <translation>siete</translation>
    </message>
    <message>
        <source>six</source>
        <translation>seis</translation>
    </message>
    <message>
        <source>ten</source>
        <translation>diez</translation>
    </message>
    <message>
        <source>three</source>
        <translation>tres</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>mañana</translation>
    </message>
    <message>
        <source>twice</source>
        <translation>dos veces</translation>
    </message>
    <message>
        <source>two</source>
        <translation>dos</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>ayer</translation>
    </message>
    <message>
        <source>you hardly logged it in the weeks before</source>
        <translation>apenas lo anotaste las semanas anteriores</translation>
    </message>
    <message>
        <source>{days} days ago</source>
        <translation>hace {days} días</translation>
    </message>
    <message>
        <source>{milestone} without {substance}</source>
        <translation>{milestone} sin {substance}</translation>
    </message>
    <message>
        <source>{number} times</source>
        <translation>{number} veces</translation>
    </message>
    <message>
        <source>{open} of this week's {total} goals are still open, with {to_go} to go.</source>
        <translation>{open} de los {total} objetivos de esta semana siguen abiertos, y quedan {to_go}.</translation>
    </message>
    <message>
        <source>{open} of this week's {total} goals is still open, with {to_go} to go.</source>
        <translation>{open} de los {total} objetivos de esta semana sigue abierto, y quedan {to_go}.</translation>
    </message>
    <message>
        <source>{recent} out of 10 this week, against {before} in the weeks before</source>
        <translation>{recent} sobre 10 esta semana, frente a {before} las semanas anteriores</translation>
    </message>
    <message>
        <source>{recent} out of 5 this week, against {before} in the weeks before</source>
        <translation>{recent} sobre 5 esta semana, frente a {before} las semanas anteriores</translation>
    </message>
</context>
<context>
    <name>Sleep</name>
    <message>
        <source>Good</source>
        <translation>Bien</translation>
    </message>
    <message>
        <source>Okay</source>
        <translation>Regular</translation>
    </message>
    <message>
        <source>Poor</source>
        <translation>Mal</translation>
    </message>
    <message>
        <source>Very good</source>
        <translation>Muy bien</translation>
    </message>
    <message>
        <source>Very poor</source>
        <translation>Muy mal</translation>
    </message>
</context>
<context>
    <name>StoreError</name>
    <message>
        <source>Ask the owner, or an administrator, to give it to your account (for example: {command})</source>
        <translation>Pide a quien sea su dueño, o a un administrador, que lo pase a tu cuenta (por ejemplo: {command})</translation>
    </message>
    <message>
        <source>Beside your journal was a file of unsaved changes ({log}) that {reason}. It was not applied: it has been moved aside, unchanged, to {moved}, and your journal file was not touched. Anything written in the last moments before the app last stopped may be missing.</source>
        <translation>Junto a tu diario había un archivo de cambios sin guardar ({log}) que {reason}. No se aplicó: se apartó, sin cambios, a {moved}, y no se tocó el archivo de tu diario. Puede faltar lo escrito en los últimos momentos antes de que la aplicación se cerrara la última vez.</translation>
    </message>
    <message>
        <source>Give your account access to it (for example: {command})</source>
        <translation>Da acceso a tu cuenta (por ejemplo: {command})</translation>
    </message>
    <message>
        <source>Recovery Journal is already open</source>
        <translation>Recovery Journal ya está abierto</translation>
    </message>
    <message>
        <source>Recovery Journal is already open on this journal in another window. Switch to that window, or close it first.</source>
        <translation>Recovery Journal ya tiene abierto este diario en otra ventana. Cambia a esa ventana o ciérrala primero.</translation>
    </message>
    <message>
        <source>Recovery Journal is not allowed to read the file {path} ({whose}). It is not damaged and has been left exactly as it is. {fix}, then start Recovery Journal again.</source>
        <translation>Recovery Journal no tiene permiso para leer el archivo {path} ({whose}). No está dañado y se ha dejado tal como estaba. {fix} y vuelve a abrir Recovery Journal.</translation>
    </message>
    <message>
        <source>Recovery Journal is not allowed to read the folder {path} ({whose}). It is not damaged and has been left exactly as it is. {fix}, then start Recovery Journal again.</source>
        <translation>Recovery Journal no tiene permiso para leer la carpeta {path} ({whose}). No está dañada y se ha dejado tal como estaba. {fix} y vuelve a abrir Recovery Journal.</translation>
    </message>
    <message>
        <source>Recovery Journal is not allowed to read the key file {path} ({reason}). The key file and your journal are not damaged and have been left as they are. Give your account access to it and try again.</source>
        <translation>Recovery Journal no tiene permiso para leer el archivo de clave {path} ({reason}). Ni el archivo de clave ni tu diario están dañados y se han dejado como estaban. Da acceso a tu cuenta e inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>Recovery Journal is not allowed to use a file</source>
        <translation>Recovery Journal no tiene permiso para usar un archivo</translation>
    </message>
    <message>
        <source>Recovery Journal is open on this journal in another window or command. Close it first.</source>
        <translation>Recovery Journal tiene abierto este diario en otra ventana o comando. Ciérralo primero.</translation>
    </message>
    <message>
        <source>Saving failed</source>
        <translation>No se pudo guardar</translation>
    </message>
    <message>
        <source>That passphrase did not unlock your journal. Check Caps Lock and try again, or use your recovery key. Nothing has been changed.</source>
        <translation>Esa frase de contraseña no abrió tu diario. Revisa Bloq Mayús e inténtalo de nuevo, o usa tu clave de recuperación. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The backup copy {path} could not be written whole ({problems}), so it was removed. Your journal itself is unchanged. Check that the disk has free space and works, then try again.</source>
        <translation>La copia de seguridad {path} no se pudo escribir completa ({problems}), así que se eliminó. Tu diario no ha cambiado. Comprueba que el disco tenga espacio libre y funcione, e inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>The backup {path} is damaged ({problem}); choose another one. Nothing was changed.</source>
        <translation>La copia de seguridad {path} está dañada ({problem}); elige otra. No se cambió nada.</translation>
    </message>
    <message>
        <source>The backup {path} was saved by a newer version of Recovery Journal (format {version}; this version reads up to {readable}). Update the app to restore it. Nothing was changed.</source>
        <translation>La copia de seguridad {path} se guardó con una versión más nueva de Recovery Journal (formato {version}; esta versión lee hasta el {readable}). Actualiza la aplicación para restaurarla. No se cambió nada.</translation>
    </message>
    <message>
        <source>The computer reported an input/output error while saving{where}. Check the disk and try again.</source>
        <translation>El equipo informó de un error de entrada/salida al guardar{where}. Revisa el disco y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The disk holding your journal is full{where}. Free some space; what you typed is kept here until then.</source>
        <translation>El disco donde está tu diario está lleno{where}. Libera algo de espacio; lo que escribiste se guarda aquí mientras tanto.</translation>
    </message>
    <message>
        <source>The disk is full</source>
        <translation>El disco está lleno</translation>
    </message>
    <message>
        <source>The draft {path} is encrypted; unlock the journal to read it.</source>
        <translation>El borrador {path} está cifrado; desbloquea el diario para leerlo.</translation>
    </message>
    <message>
        <source>The file {path} is read-only ({whose}), so nothing could be saved in it. It is not damaged and has been left exactly as it is. {fix}, then start Recovery Journal again.</source>
        <translation>El archivo {path} es de solo lectura ({whose}), así que no se pudo guardar nada en él. No está dañado y se ha dejado tal como estaba. {fix} y vuelve a abrir Recovery Journal.</translation>
    </message>
    <message>
        <source>The file{where} is not a Recovery Journal database. It has been left exactly as it is.</source>
        <translation>El archivo{where} no es una base de datos de Recovery Journal. Se ha dejado exactamente como estaba.</translation>
    </message>
    <message>
        <source>The folder {path} is read-only ({whose}), so nothing could be saved in it. It is not damaged and has been left exactly as it is. {fix}, then start Recovery Journal again.</source>
        <translation>La carpeta {path} es de solo lectura ({whose}), así que no se pudo guardar nada en ella. No está dañada y se ha dejado tal como estaba. {fix} y vuelve a abrir Recovery Journal.</translation>
    </message>
    <message>
        <source>The journal could not be opened</source>
        <translation>No se pudo abrir el diario</translation>
    </message>
    <message>
        <source>The journal file is damaged</source>
        <translation>El archivo del diario está dañado</translation>
    </message>
    <message>
        <source>The journal file {path} failed its health check ({problems}), so no backup was made over your good ones. Restore a backup from File → Restore from backup.</source>
        <translation>El archivo del diario {path} no pasó la revisión ({problems}), así que no se hizo ninguna copia encima de las buenas. Restaura una copia desde Archivo → Restaurar desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>The journal file {path} is damaged ({details}). It has been left untouched.</source>
        <translation>El archivo del diario {path} está dañado ({details}). No se ha tocado.</translation>
    </message>
    <message>
        <source>The journal file {path} is empty.</source>
        <translation>El archivo del diario {path} está vacío.</translation>
    </message>
    <message>
        <source>The journal file{where} cannot be opened. Check the folder's permissions.</source>
        <translation>No se puede abrir el archivo del diario{where}. Revisa los permisos de la carpeta.</translation>
    </message>
    <message>
        <source>The journal file{where} is damaged. It has been left untouched; you can restore a backup.</source>
        <translation>El archivo del diario{where} está dañado. No se ha tocado; puedes restaurar una copia de seguridad.</translation>
    </message>
    <message>
        <source>The journal folder is read-only</source>
        <translation>La carpeta del diario es de solo lectura</translation>
    </message>
    <message>
        <source>The journal folder {folder} could not be created: {reason}.</source>
        <translation>No se pudo crear la carpeta del diario {folder}: {reason}.</translation>
    </message>
    <message>
        <source>The journal was saved by a newer version</source>
        <translation>El diario se guardó con una versión más reciente</translation>
    </message>
    <message>
        <source>The journal's key file is missing or unreadable</source>
        <translation>Falta el archivo de clave del diario o no se puede leer</translation>
    </message>
    <message>
        <source>The journal{where} is busy in another program. Close it and try again.</source>
        <translation>El diario{where} está en uso en otro programa. Ciérralo y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The key file {path} that unlocks your journal is damaged ({details}). Your journal itself has not been changed or moved. Put back a copy of the key file from wherever you keep copies of your journal folder.</source>
        <translation>El archivo de clave {path} que abre tu diario está dañado ({details}). Tu diario no se ha cambiado ni movido. Vuelve a poner una copia del archivo de clave desde donde guardes copias de la carpeta de tu diario.</translation>
    </message>
    <message>
        <source>This is not a journal file</source>
        <translation>Este no es un archivo de diario</translation>
    </message>
    <message>
        <source>This journal is encrypted: unlock it with your passphrase. The file is unchanged.</source>
        <translation>Este diario está cifrado: desbloquéalo con tu frase de contraseña. El archivo no ha cambiado.</translation>
    </message>
    <message>
        <source>This journal was saved by a newer version of Recovery Journal (format {version}; this version reads up to {readable}). Please update the app; the file is unchanged.</source>
        <translation>Este diario se guardó con una versión más nueva de Recovery Journal (formato {version}; esta versión lee hasta el {readable}). Actualiza la aplicación, por favor; el archivo no ha cambiado.</translation>
    </message>
    <message>
        <source>Wrong passphrase</source>
        <translation>Frase de contraseña incorrecta</translation>
    </message>
    <message>
        <source>Your journal file {path} is missing, but backups of it exist. Restore the newest backup rather than starting an empty journal.</source>
        <translation>Falta el archivo de tu diario {path}, pero hay copias de seguridad. Restaura la copia más reciente en lugar de empezar un diario vacío.</translation>
    </message>
    <message>
        <source>Your journal folder cannot be written to{where}. Check its permissions or choose another folder.</source>
        <translation>No se puede escribir en la carpeta de tu diario{where}. Revisa sus permisos o elige otra carpeta.</translation>
    </message>
    <message>
        <source>Your journal folder {folder} is read-only, so nothing could be saved. Make it writable or choose another folder with --data-dir.</source>
        <translation>La carpeta de tu diario {folder} es de solo lectura, así que no se pudo guardar nada. Permite escribir en ella o elige otra carpeta con --data-dir.</translation>
    </message>
    <message>
        <source>Your journal is encrypted, but its key file {name} is missing from {folder}. Your journal has not been changed or moved. Put {name} back into that folder (from wherever you keep copies of your journal folder) and start Recovery Journal again: without it neither your passphrase nor your recovery key can open the journal.</source>
        <translation>Tu diario está cifrado, pero falta su archivo de clave {name} en {folder}. Tu diario no se ha cambiado ni movido. Vuelve a poner {name} en esa carpeta (desde donde guardes copias de la carpeta de tu diario) y abre otra vez Recovery Journal: sin él, ni tu frase de contraseña ni tu clave de recuperación pueden abrir el diario.</translation>
    </message>
    <message>
        <source>Your journal was not closed properly last time, so its latest changes wait in a separate file that only opening the journal folds in. Open the app (or run `recoveryjournal check`) once, then try again. Nothing was changed.</source>
        <translation>Tu diario no se cerró bien la última vez, así que sus últimos cambios esperan en un archivo aparte que solo se incorpora al abrir el diario. Abre la aplicación (o ejecuta `recoveryjournal check`) una vez e inténtalo de nuevo. No se cambió nada.</translation>
    </message>
    <message>
        <source>Your journal was saved by an earlier version of Recovery Journal. Open it once with this version (it is updated after a backup), then try again. Nothing was changed.</source>
        <translation>Tu diario se guardó con una versión anterior de Recovery Journal. Ábrelo una vez con esta versión (se actualiza después de hacer una copia de seguridad) e inténtalo de nuevo. No se cambió nada.</translation>
    </message>
    <message>
        <source>a key slot is the wrong size</source>
        <translation>una ranura de clave no tiene el tamaño correcto</translation>
    </message>
    <message>
        <source>belongs to another file (its page size differs)</source>
        <translation>pertenece a otro archivo (su tamaño de página es distinto)</translation>
    </message>
    <message>
        <source>belongs to another journal</source>
        <translation>pertenece a otro diario</translation>
    </message>
    <message>
        <source>could not be checked, because the journal file itself could not be read ({error})</source>
        <translation>no se pudo comprobar, porque no se pudo leer el propio archivo del diario ({error})</translation>
    </message>
    <message>
        <source>is cut short</source>
        <translation>está incompleto</translation>
    </message>
    <message>
        <source>is damaged ({details})</source>
        <translation>está dañado ({details})</translation>
    </message>
    <message>
        <source>is not a SQLite log</source>
        <translation>no es un registro de SQLite</translation>
    </message>
    <message>
        <source>it belongs to the account '{owner}', permissions {mode}</source>
        <translation>pertenece a la cuenta '{owner}', permisos {mode}</translation>
    </message>
    <message>
        <source>its key-derivation settings have been changed</source>
        <translation>se cambiaron sus ajustes de derivación de clave</translation>
    </message>
    <message>
        <source>unknown key file format</source>
        <translation>formato de archivo de clave desconocido</translation>
    </message>
    <message>
        <source>{folder} is a file, not a folder. Choose a folder for your journal.</source>
        <translation>{folder} es un archivo, no una carpeta. Elige una carpeta para tu diario.</translation>
    </message>
    <message>
        <source>{path} could not be decrypted with the key in {key_file}: the two do not belong together. Both have been left exactly as they are.</source>
        <translation>{path} no se pudo descifrar con la clave de {key_file}: no van juntos. Los dos se han dejado tal como estaban.</translation>
    </message>
    <message>
        <source>{path} is a folder, where your journal file should be. Nothing has been changed. Rename or move that folder (your journal file may be inside it), then start Recovery Journal again.</source>
        <translation>{path} es una carpeta, donde debería estar el archivo de tu diario. No se ha cambiado nada. Cambia el nombre de esa carpeta o muévela (el archivo de tu diario puede estar dentro) y vuelve a abrir Recovery Journal.</translation>
    </message>
    <message>
        <source>{path} is not a Recovery Journal file (or it is an encrypted journal whose key file {key_file} is missing). It has been left exactly as it is.</source>
        <translation>{path} no es un archivo de Recovery Journal (o es un diario cifrado al que le falta su archivo de clave {key_file}). Se ha dejado tal como estaba.</translation>
    </message>
    <message>
        <source>{problem}

It has been moved aside, unchanged, to {moved} so nothing is lost. Your backups are safe: restore the newest good one to carry on.</source>
        <translation>{problem}

Se apartó, sin cambios, a {moved} para que no se pierda nada. Tus copias de seguridad están a salvo: restaura la más reciente que esté bien para seguir.</translation>
    </message>
    <message>
        <source>“{name}” is already used (perhaps by something in the trash).</source>
        <translation>«{name}» ya está en uso (quizá por algo que está en la papelera).</translation>
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
        <source>&amp;Sober since</source>
        <translation>&amp;Sin consumir desde</translation>
    </message>
    <message>
        <source>&amp;What</source>
        <translation>&amp;Qué</translation>
    </message>
    <message>
        <source>Edit tracked substance</source>
        <translation>Editar la sustancia que sigues</translation>
    </message>
    <message>
        <source>Give it a name, so check-ins and lapses can refer to it.</source>
        <translation>Ponle un nombre, para que los registros y los deslices puedan referirse a ella.</translation>
    </message>
    <message>
        <source>Sober since</source>
        <translation>Sin consumir desde</translation>
    </message>
    <message>
        <source>Start tracking</source>
        <translation>Empezar a seguir</translation>
    </message>
    <message>
        <source>Type the day you started, e.g. 15 Oct 2026, or pick it on the calendar.</source>
        <translation>Escribe el día en que empezaste, p. ej., 15 oct 2026, o elígelo en el calendario.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>e.g. Alcohol</source>
        <translation>p. ej., alcohol</translation>
    </message>
    <message>
        <source>“{name}” is already tracked (or waiting in the trash). Choose another name.</source>
        <translation>Ya sigues «{name}» (o está esperando en la papelera). Elige otro nombre.</translation>
    </message>
</context>
<context>
    <name>Suggestions</name>
    <message>
        <source>Add “{text}” to your plan</source>
        <translation>Añadir «{text}» a tu plan</translation>
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
        <source>A question that asks about safety (on the PHQ-9, question 9) was answered above “Not at all”. The answer is kept as given; worth asking about.</source>
        <translation>Una pregunta sobre la seguridad (en el PHQ-9, la pregunta 9) tuvo una respuesta por encima de «Ningún día». La respuesta se guarda tal como se dio; vale la pena preguntar por ella.</translation>
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
    <message>
        <source>An answer that called for support</source>
        <translation>Una respuesta que pedía apoyo</translation>
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
        <source>From the first to the last result of the period; a number to talk over, not a diagnosis.</source>
        <translation>Del primer al último resultado del periodo; un número para conversar, no un diagnóstico.</translation>
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
        <source>Reviewed.</source>
        <translation>Repasado.</translation>
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
        <translation>Sin consumir: {substance}</translation>
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
        <source>{count} answers that called for support</source>
        <translation>{count} respuestas que pedían apoyo</translation>
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
        <source>{questionnaire} up from “{first}” to “{last}”</source>
        <translation>{questionnaire} sube de «{first}» a «{last}»</translation>
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
    <name>SummaryMenu</name>
    <message>
        <source>Export summary for my &amp;therapist…</source>
        <translation>Exportar el resumen para mi &amp;terapeuta…</translation>
    </message>
    <message>
        <source>Session &amp;review…</source>
        <translation>&amp;Repaso en sesión…</translation>
    </message>
</context>
<context>
    <name>TextList</name>
    <message>
        <source>Add {noun}</source>
        <translation>Añadir {noun}</translation>
    </message>
    <message>
        <source>New {noun}</source>
        <translation>Nuevo: {noun}</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
</context>
<context>
    <name>ThoughtRecord</name>
    <message>
        <source>0 = not at all, 100 = as strong as it gets</source>
        <translation>0 = nada, 100 = lo más fuerte posible</translation>
    </message>
    <message>
        <source>A fairer way to see it, taking both sides into account</source>
        <translation>Una forma más justa de verlo, teniendo en cuenta los dos lados</translation>
    </message>
    <message>
        <source>Automatic thought</source>
        <translation>Pensamiento automático</translation>
    </message>
    <message>
        <source>Balanced thought</source>
        <translation>Pensamiento equilibrado</translation>
    </message>
    <message>
        <source>Evidence against</source>
        <translation>Evidencia en contra</translation>
    </message>
    <message>
        <source>Evidence for</source>
        <translation>Evidencia a favor</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situación</translation>
    </message>
    <message>
        <source>Thought record</source>
        <translation>Registro de pensamientos</translation>
    </message>
    <message>
        <source>What doesn't fit it? What would a friend point out?</source>
        <translation>¿Qué no encaja? ¿Qué te señalaría una amistad?</translation>
    </message>
    <message>
        <source>What makes the thought seem true?</source>
        <translation>¿Qué hace que el pensamiento parezca cierto?</translation>
    </message>
    <message>
        <source>What went through your mind?</source>
        <translation>¿Qué pasó por tu mente?</translation>
    </message>
    <message>
        <source>Where were you, what was happening?</source>
        <translation>¿Dónde estabas, qué estaba pasando?</translation>
    </message>
</context>
<context>
    <name>ThoughtRecordDialog</name>
    <message>
        <source>Feeling</source>
        <translation>Sentimiento</translation>
    </message>
    <message>
        <source>Feeling and strength</source>
        <translation>Sentimiento e intensidad</translation>
    </message>
    <message>
        <source>Feeling now</source>
        <translation>Sentimiento ahora</translation>
    </message>
    <message>
        <source>How strong it is now, 0 to 100</source>
        <translation>Qué tan fuerte es ahora, de 0 a 100</translation>
    </message>
    <message>
        <source>How strong the feeling was, 0 to 100</source>
        <translation>Qué tan fuerte fue el sentimiento, de 0 a 100</translation>
    </message>
    <message>
        <source>Start with the situation or the thought; the rest can stay empty.</source>
        <translation>Empieza por la situación o por el pensamiento; el resto puede quedar vacío.</translation>
    </message>
    <message>
        <source>The feeling</source>
        <translation>El sentimiento</translation>
    </message>
    <message>
        <source>The feeling now</source>
        <translation>El sentimiento ahora</translation>
    </message>
    <message>
        <source>Thought record saved.</source>
        <translation>Registro de pensamientos guardado.</translation>
    </message>
    <message>
        <source>Thoughts are not facts. Writing one down and weighing it can take some of its sting away. Fill in as much as feels useful.</source>
        <translation>Los pensamientos no son hechos. Escribir uno y sopesarlo puede quitarle algo de su fuerza. Rellena lo que te resulte útil.</translation>
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
    <name>Toolbox</name>
    <message>
        <source> ({rated} rated)</source>
        <translation> ({rated} valoradas)</translation>
    </message>
    <message>
        <source>fell by {decimals}{rated}</source>
        <translation>bajó {decimals}{rated}</translation>
    </message>
    <message>
        <source>no change{rated}</source>
        <translation>sin cambios{rated}</translation>
    </message>
    <message>
        <source>rose by {decimals}{rated}</source>
        <translation>subió {decimals}{rated}</translation>
    </message>
</context>
<context>
    <name>ToolboxPage</name>
    <message>
        <source>A few words on how to do it or why it helps</source>
        <translation>Unas palabras sobre cómo hacerlo o por qué ayuda</translation>
    </message>
    <message>
        <source>Add to my plan</source>
        <translation>Añadir a mi plan</translation>
    </message>
    <message>
        <source>Add tool</source>
        <translation>Añadir estrategia</translation>
    </message>
    <message>
        <source>Add your own tool</source>
        <translation>Añade tu propia estrategia</translation>
    </message>
    <message>
        <source>Coping tools</source>
        <translation>Estrategias de afrontamiento</translation>
    </message>
    <message>
        <source>Craving when used</source>
        <translation>Deseo al usarla</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>Favorita</translation>
    </message>
    <message>
        <source>How it helps</source>
        <translation>Cómo ayuda</translation>
    </message>
    <message>
        <source>I used it just now</source>
        <translation>La acabo de usar</translation>
    </message>
    <message>
        <source>Ideas you haven't tried yet</source>
        <translation>Ideas que todavía no has probado</translation>
    </message>
    <message>
        <source>In my plan</source>
        <translation>En mi plan</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Kind of tool</source>
        <translation>Tipo de estrategia</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Noted: you used “{name}”.</source>
        <translation>Anotado: usaste «{name}».</translation>
    </message>
    <message>
        <source>Pick a tool to see how it works.</source>
        <translation>Elige una estrategia para ver cómo funciona.</translation>
    </message>
    <message>
        <source>Remove from toolbox</source>
        <translation>Quitar de mis estrategias</translation>
    </message>
    <message>
        <source>Things that help you ride out a craving. Star your favourites; the numbers come from your check-ins.</source>
        <translation>Cosas que te ayudan a atravesar un deseo de consumir. Marca con estrella tus favoritas; las cifras vienen de tus registros.</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Estrategia</translation>
    </message>
    <message>
        <source>Tool name</source>
        <translation>Nombre de la estrategia</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Usada</translation>
    </message>
    <message>
        <source>You have tried every idea in the toolbox. Add your own below.</source>
        <translation>Ya probaste todas las ideas. Añade las tuyas abajo.</translation>
    </message>
    <message>
        <source>e.g. Play with the dog</source>
        <translation>p. ej., jugar con el perro</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>no description yet.</source>
        <translation>aún sin descripción.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>{name} (mine)</source>
        <translation>{name} (mía)</translation>
    </message>
    <message>
        <source>“{name}” is already in your toolbox.</source>
        <translation>«{name}» ya está en tus estrategias.</translation>
    </message>
    <message>
        <source>“{name}” is in the trash: restore it from there, or choose another name.</source>
        <translation>«{name}» está en la papelera: restáurala desde allí o elige otro nombre.</translation>
    </message>
    <message>
        <source>“{name}” is now one of your go-to actions.</source>
        <translation>«{name}» ahora es una de tus acciones de referencia.</translation>
    </message>
    <message>
        <source>“{name}” moved to the trash; you can restore it from there.</source>
        <translation>«{name}» se movió a la papelera; puedes restaurarla desde allí.</translation>
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
        <source>Sober since</source>
        <translation>Sin consumir desde</translation>
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
    <name>Transfer</name>
    <message>
        <source>Bearable (CSV)</source>
        <translation>Bearable (CSV)</translation>
    </message>
    <message>
        <source>CSV files in a zip (for spreadsheets)</source>
        <translation>Archivos CSV en un zip (para hojas de cálculo)</translation>
    </message>
    <message>
        <source>Day One (JSON or zip)</source>
        <translation>Day One (JSON o zip)</translation>
    </message>
    <message>
        <source>Daylio (CSV)</source>
        <translation>Daylio (CSV)</translation>
    </message>
    <message>
        <source>Everything in this file is already in your journal, so importing it again adds nothing.</source>
        <translation>Todo lo de este archivo ya está en tu diario, así que volver a importarlo no añade nada.</translation>
    </message>
    <message>
        <source>From {source}: {prepared} would be added to your journal.</source>
        <translation>De {source}: se añadirían {prepared} a tu diario.</translation>
    </message>
    <message>
        <source>JSON (everything, exactly)</source>
        <translation>JSON (todo, exactamente)</translation>
    </message>
    <message>
        <source>Recovery Journal export (CSV zip or folder)</source>
        <translation>Exportación de Recovery Journal (zip CSV o carpeta)</translation>
    </message>
    <message>
        <source>Recovery Journal export (JSON)</source>
        <translation>Exportación de Recovery Journal (JSON)</translation>
    </message>
    <message>
        <source>This export holds {total} records. Importing it replaces everything in this journal with the export's contents; a backup of the journal is made first if it holds anything of yours.</source>
        <translation>Esta exportación contiene {total} registros. Importarla reemplaza todo lo de este diario por su contenido; antes se hace una copia de seguridad del diario si contiene algo tuyo.</translation>
    </message>
    <message>
        <source>jrnl (JSON)</source>
        <translation>jrnl (JSON)</translation>
    </message>
    <message>
        <source>record has</source>
        <translation>registro tiene</translation>
    </message>
    <message>
        <source>record is</source>
        <translation>registro está</translation>
    </message>
    <message>
        <source>record {number}</source>
        <translation>registro {number}</translation>
    </message>
    <message>
        <source>records are</source>
        <translation>registros están</translation>
    </message>
    <message>
        <source>records have</source>
        <translation>registros tienen</translation>
    </message>
    <message>
        <source>unknown format {fmt!r}</source>
        <translation>formato desconocido {fmt!r}</translation>
    </message>
    <message>
        <source>{counted} already in your journal and will be skipped.</source>
        <translation>{counted} ya en tu diario; se omitirán.</translation>
    </message>
    <message>
        <source>{counted} changed since the last import and would come in as new.</source>
        <translation>{counted} cambiado desde la última importación; entrarían como nuevos.</translation>
    </message>
    <message>
        <source>{prepared} could not be imported; each entry says so.</source>
        <translation>{prepared} no se pudieron importar; cada entrada lo indica.</translation>
    </message>
    <message>
        <source>{source} is a folder; choose the exported file</source>
        <translation>{source} es una carpeta; elige el archivo exportado</translation>
    </message>
</context>
<context>
    <name>Trash</name>
    <message>
        <source>Check-in</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Check-in {0}</source>
        <translation>Registro {0}</translation>
    </message>
    <message>
        <source>Coping tool</source>
        <translation>Herramienta de afrontamiento</translation>
    </message>
    <message>
        <source>Coping use</source>
        <translation>Uso de una herramienta</translation>
    </message>
    <message>
        <source>Journal entry</source>
        <translation>Entrada del diario</translation>
    </message>
    <message>
        <source>Lapse</source>
        <translation>Desliz</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Medicación</translation>
    </message>
    <message>
        <source>Plan item</source>
        <translation>Elemento del plan</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Cuestionario</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Reflexión</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Support contact</source>
        <translation>Persona de apoyo</translation>
    </message>
    <message>
        <source>Tracked substance</source>
        <translation>Sustancia que sigues</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Detonante</translation>
    </message>
    <message>
        <source>Used {0}</source>
        <translation>Usada el {0}</translation>
    </message>
    <message>
        <source>Weekly goal</source>
        <translation>Meta semanal</translation>
    </message>
    <message>
        <source>{0} on {1}</source>
        <translation>{0} el {1}</translation>
    </message>
</context>
<context>
    <name>TrashPage</name>
    <message>
        <source>Bring the selected records back (Enter)</source>
        <translation>Recuperar los registros seleccionados (Intro)</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <source>Deleted records</source>
        <translation>Registros eliminados</translation>
    </message>
    <message>
        <source>Deleted records wait here until you empty the trash. Select one and press Restore to bring it back.</source>
        <translation>Los registros eliminados esperan aquí hasta que vacíes la papelera. Selecciona uno y pulsa Restaurar para recuperarlo.</translation>
    </message>
    <message>
        <source>Empty the trash?</source>
        <translation>¿Vaciar la papelera?</translation>
    </message>
    <message>
        <source>Empty trash…</source>
        <translation>Vaciar la papelera…</translation>
    </message>
    <message>
        <source>Erase for good</source>
        <translation>Borrar para siempre</translation>
    </message>
    <message>
        <source>Erased {erased} record{erased2} for good.</source>
        <translation>Se borraron para siempre {erased} registro{erased2}.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Restore the chosen records</source>
        <translation>Restaurar los registros elegidos</translation>
    </message>
    <message>
        <source>Restored {chosen} records.</source>
        <translation>Se restauraron {chosen} registros.</translation>
    </message>
    <message>
        <source>Restored.</source>
        <translation>Restaurado.</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>La papelera está vacía.</translation>
    </message>
    <message>
        <source>This erases {count} deleted record{count2} for good. It cannot be undone.</source>
        <translation>Esto borra para siempre {count} registro{count2} eliminado{count2}. No se puede deshacer.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
</context>
<context>
    <name>Treatment</name>
    <message>
        <source>1 day</source>
        <translation>1 día</translation>
    </message>
    <message>
        <source>{count} days</source>
        <translation>{count} días</translation>
    </message>
</context>
<context>
    <name>TreatmentPage</name>
    <message>
        <source> hours</source>
        <translation> horas</translation>
    </message>
    <message>
        <source>&lt;b&gt;This week:&lt;/b&gt; {summary}.</source>
        <translation>&lt;b&gt;Esta semana:&lt;/b&gt; {summary}.</translation>
    </message>
    <message>
        <source>After the program, my aim:</source>
        <translation>Después del programa, mi meta:</translation>
    </message>
    <message>
        <source>Aftercare aim: sessions or meetings a week</source>
        <translation>Meta de seguimiento: sesiones o reuniones por semana</translation>
    </message>
    <message>
        <source>Aftercare plan</source>
        <translation>Plan de seguimiento</translation>
    </message>
    <message>
        <source>Aftercare plan saved.</source>
        <translation>Plan de seguimiento guardado.</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Actual</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Días</translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>Eliminar sesión</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Termina</translation>
    </message>
    <message>
        <source>Family therapy</source>
        <translation>Terapia familiar</translation>
    </message>
    <message>
        <source>Group therapy</source>
        <translation>Terapia de grupo</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <source>Hours per week</source>
        <translation>Horas por semana</translation>
    </message>
    <message>
        <source>Individual therapy</source>
        <translation>Terapia individual</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Kind of session</source>
        <translation>Tipo de sesión</translation>
    </message>
    <message>
        <source>Log session</source>
        <translation>Anotar sesión</translation>
    </message>
    <message>
        <source>Longest</source>
        <translation>Más larga</translation>
    </message>
    <message>
        <source>Milestones reached for {substance}: {items}.</source>
        <translation>Logros alcanzados sin {substance}: {items}.</translation>
    </message>
    <message>
        <source>My program's weekly target:</source>
        <translation>La meta semanal de mi programa:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Name or note</source>
        <translation>Nombre o nota</translation>
    </message>
    <message>
        <source>Next milestone</source>
        <translation>Próximo logro</translation>
    </message>
    <message>
        <source>No sessions logged yet. Fill in when and what kind above, then press Log session.</source>
        <translation>Aún no hay sesiones anotadas. Indica arriba cuándo y de qué tipo, y pulsa Anotar sesión.</translation>
    </message>
    <message>
        <source>Optional, e.g. Tuesday evening group</source>
        <translation>Opcional, p. ej., grupo de los martes por la tarde</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otra</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Program {label}</source>
        <translation>Programa: {label}</translation>
    </message>
    <message>
        <source>Program {label} date is set</source>
        <translation>La fecha de {label} del programa está fijada</translation>
    </message>
    <message>
        <source>Session moved to the trash; you can restore it from there.</source>
        <translation>Sesión movida a la papelera; puedes restaurarla desde allí.</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Sober since</source>
        <translation>Sin consumir desde</translation>
    </message>
    <message>
        <source>Sobriety</source>
        <translation>Sobriedad</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Empieza</translation>
    </message>
    <message>
        <source>Substance</source>
        <translation>Sustancia</translation>
    </message>
    <message>
        <source>Substances</source>
        <translation>Sustancias</translation>
    </message>
    <message>
        <source>Support group</source>
        <translation>Grupo de apoyo</translation>
    </message>
    <message>
        <source>Support group (AA, NA, SMART…)</source>
        <translation>Grupo de apoyo (AA, NA, SMART…)</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>The support that carries on once the program ends.</source>
        <translation>El apoyo que continúa cuando termina el programa.</translation>
    </message>
    <message>
        <source>Total sober days</source>
        <translation>Total de días sin consumir</translation>
    </message>
    <message>
        <source>Track a substance to see your streaks and milestones here.</source>
        <translation>Sigue una sustancia para ver aquí tus rachas y logros.</translation>
    </message>
    <message>
        <source>Track a substance…</source>
        <translation>Seguir una sustancia…</translation>
    </message>
    <message>
        <source>Type when the session was, e.g. 15 Oct 2026 14:30.</source>
        <translation>Escribe cuándo fue la sesión, p. ej., 15 oct 2026 14:30.</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>Semana del</translation>
    </message>
    <message>
        <source>Weekly target</source>
        <translation>Meta semanal</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>e.g. SMART Recovery on Thursdays, AA on Sundays</source>
        <translation>p. ej., SMART Recovery los jueves, AA los domingos</translation>
    </message>
    <message>
        <source>e.g. Sam, call at least twice a week</source>
        <translation>p. ej., Sam, llamar al menos dos veces por semana</translation>
    </message>
    <message>
        <source>e.g. a check-in here every evening, weekly review on Sundays</source>
        <translation>p. ej., un registro aquí cada tarde, repaso semanal los domingos</translation>
    </message>
    <message>
        <source>e.g. every other Tuesday with my counsellor</source>
        <translation>p. ej., martes alternos con mi consejero o consejera</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>sin fijar</translation>
    </message>
    <message>
        <source>sessions or meetings a week</source>
        <translation>sesiones o reuniones por semana</translation>
    </message>
    <message>
        <source>usually spread across {low}–{high} days, between the program's dates</source>
        <translation>normalmente repartidas en {low}–{high} días, entre las fechas del programa</translation>
    </message>
    <message>
        <source>{kind} logged: {hours} hours.</source>
        <translation>{kind} anotado: {hours} horas.</translation>
    </message>
    <message>
        <source>{label} on {day_text}</source>
        <translation>{label} el {day_text}</translation>
    </message>
    <message>
        <source>{substance}: your first milestone is one day away.</source>
        <translation>{substance}: tu primer logro está a un día.</translation>
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
    <name>TriggerPicker</name>
    <message>
        <source>Add a trigger</source>
        <translation>Añadir un detonante</translation>
    </message>
    <message>
        <source>Browse</source>
        <translation>Explorar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Pick from the catalogue, grouped by kind</source>
        <translation>Elegir del catálogo, agrupado por tipo</translation>
    </message>
    <message>
        <source>Type a trigger, then Enter</source>
        <translation>Escribe un detonante y pulsa Intro</translation>
    </message>
    <message>
        <source>“{name}” is new. What kind of trigger is it?</source>
        <translation>«{name}» es nuevo. ¿Qué tipo de detonante es?</translation>
    </message>
</context>
<context>
    <name>TriggersPage</name>
    <message>
        <source>A new trigger</source>
        <translation>Un detonante nuevo</translation>
    </message>
    <message>
        <source>A trigger needs a name.</source>
        <translation>Un detonante necesita un nombre.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Added “{name}”.</source>
        <translation>«{name}» añadido.</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivar</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivado</translation>
    </message>
    <message>
        <source>Brought back</source>
        <translation>Recuperado</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Emotional: feelings such as loneliness, anger or boredom.  Environmental: places, times and things, such as payday or an old spot.  Social: people and situations with others.  Risk factor: lasting pressures such as peers who use, high stress, mental-health symptoms, family or relationship hardship, or money trouble.</source>
        <translation>Emocional: sentimientos como la soledad, el enojo o el aburrimiento.  Del entorno: lugares, momentos y cosas, como el día de pago o un sitio de antes.  Social: personas y situaciones con otras personas.  Factor de riesgo: presiones duraderas, como compañeros que consumen, mucho estrés, síntomas de salud mental, dificultades familiares o de pareja, o problemas de dinero.</translation>
    </message>
    <message>
        <source>Hide it from check-ins; its history stays</source>
        <translation>Ocultarlo en los registros; su historial se conserva</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Kind of the new trigger</source>
        <translation>Tipo del nuevo detonante</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Combinar</translation>
    </message>
    <message>
        <source>Merge into it</source>
        <translation>Combinar con él</translation>
    </message>
    <message>
        <source>Merge triggers</source>
        <translation>Combinar detonantes</translation>
    </message>
    <message>
        <source>Merge “{name}” into “{name2}”?</source>
        <translation>¿Combinar «{name}» con «{name2}»?</translation>
    </message>
    <message>
        <source>Merged “{name}” into “{name2}”.</source>
        <translation>«{name}» combinado con «{name2}».</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Name of a new trigger</source>
        <translation>Nombre de un nuevo detonante</translation>
    </message>
    <message>
        <source>Same thing under another name? Merge it into the one below; its logged uses follow.</source>
        <translation>¿Es lo mismo con otro nombre? Combínalo con el de abajo; sus usos anotados pasan con él.</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Guardar cambios</translation>
    </message>
    <message>
        <source>Saved “{name}”.</source>
        <translation>«{name}» guardado.</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>Mostrar archivados</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>The {logged} time(s) “{name}” was logged will count for “{name2}”, and “{name}” goes to the trash.</source>
        <translation>Las {logged} vez/veces que se anotó «{name}» contarán para «{name2}», y «{name}» va a la papelera.</translation>
    </message>
    <message>
        <source>There is already a trigger called “{name}” (perhaps in the trash). Choose another name, or merge the two.</source>
        <translation>Ya hay un detonante llamado «{name}» (quizá en la papelera). Elige otro nombre o combina los dos.</translation>
    </message>
    <message>
        <source>There is already a trigger called “{name}”. To combine them, use Merge.</source>
        <translation>Ya hay un detonante llamado «{name}». Para unirlos, usa Combinar.</translation>
    </message>
    <message>
        <source>Times logged</source>
        <translation>Veces anotado</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Detonante</translation>
    </message>
    <message>
        <source>Trigger to merge this one into</source>
        <translation>Detonante con el que unir este</translation>
    </message>
    <message>
        <source>Triggers</source>
        <translation>Detonantes</translation>
    </message>
    <message>
        <source>Unarchive</source>
        <translation>Desarchivar</translation>
    </message>
    <message>
        <source>“{name}” is already in your list.</source>
        <translation>«{name}» ya está en tu lista.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source> Your journal is unchanged: open it with Recovery Journal on a computer that has encryption, or install SQLCipher here (pip install "recoveryjournal[encryption]").</source>
        <translation> Tu diario no ha cambiado: ábrelo con Recovery Journal en un equipo que tenga cifrado, o instala SQLCipher aquí (pip install "recoveryjournal[encryption]").</translation>
    </message>
    <message>
        <source>Close Recovery Journal without opening your journal?</source>
        <translation>¿Cerrar Recovery Journal sin abrir tu diario?</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Volver</translation>
    </message>
    <message>
        <source>Need help now (F1)</source>
        <translation>Necesito ayuda ahora (F1)</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Quit Recovery Journal?</source>
        <translation>¿Salir de Recovery Journal?</translation>
    </message>
    <message>
        <source>Unlock your journal</source>
        <translation>Desbloquea tu diario</translation>
    </message>
    <message>
        <source>Your journal is encrypted, and this copy of Recovery Journal cannot open encrypted journals. </source>
        <translation>Tu diario está cifrado, y esta copia de Recovery Journal no puede abrir diarios cifrados.</translation>
    </message>
    <message>
        <source>Your journal is encrypted. Enter your passphrase or your recovery key to open it.</source>
        <translation>Tu diario está cifrado. Escribe tu frase de contraseña o tu clave de recuperación para abrirlo.</translation>
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
    <name>WarmUp</name>
    <message>
        <source>&lt;h1&gt;Summary&lt;/h1&gt;&lt;p&gt;Warm&lt;/p&gt;&lt;p&gt;&lt;img src='{source}' width='200'&gt;&lt;/p&gt;</source>
        <translation>&lt;h1&gt;Resumen&lt;/h1&gt;&lt;p&gt;Preparación&lt;/p&gt;&lt;p&gt;&lt;img src='{source}' width='200'&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Evenings</source>
        <translation>Tardes</translation>
    </message>
    <message>
        <source>Stress</source>
        <translation>Estrés</translation>
    </message>
    <message>
        <source>Times logged</source>
        <translation>Veces anotado</translation>
    </message>
    <message>
        <source>Warm</source>
        <translation>Preparación</translation>
    </message>
</context>
<context>
    <name>WeeklyFindingBox</name>
    <message>
        <source>Hidden until next week.</source>
        <translation>Oculto hasta la semana que viene.</translation>
    </message>
    <message>
        <source>This week in your data</source>
        <translation>Esta semana en tus datos</translation>
    </message>
</context>
<context>
    <name>WeeklyReview</name>
    <message>
        <source>Weekly review</source>
        <translation>Repaso semanal</translation>
    </message>
</context>
<context>
    <name>WeeklyReviewDialog</name>
    <message>
        <source>A look back at the last seven days ({dates} – {dates2}). There are no right answers; a few honest words are enough.</source>
        <translation>Una mirada a los últimos siete días ({dates} – {dates2}). No hay respuestas correctas; basta con unas pocas palabras sinceras.</translation>
    </message>
    <message>
        <source>Changes to my plan</source>
        <translation>Cambios en mi plan</translation>
    </message>
    <message>
        <source>Coping that helped</source>
        <translation>Estrategias que ayudaron</translation>
    </message>
    <message>
        <source>Hardest moment</source>
        <translation>Momento más difícil</translation>
    </message>
    <message>
        <source>Is there anything you'd like to change in your plan?</source>
        <translation>¿Hay algo que te gustaría cambiar en tu plan?</translation>
    </message>
    <message>
        <source>No coping with a craving drop logged this week. Noting the craving after a tool shows what helps.</source>
        <translation>Esta semana no se anotó ninguna estrategia con bajada del deseo de consumir. Anotar el deseo después de usar una estrategia muestra qué ayuda.</translation>
    </message>
    <message>
        <source>No goals set for this week. Your plan is a good place to set one to three.</source>
        <translation>No hay metas para esta semana. Tu plan es un buen lugar para fijar de una a tres.</translation>
    </message>
    <message>
        <source>No triggers logged this week.</source>
        <translation>No se anotaron detonantes esta semana.</translation>
    </message>
    <message>
        <source>Save and open my plan</source>
        <translation>Guardar y abrir mi plan</translation>
    </message>
    <message>
        <source>This week's goals</source>
        <translation>Metas de esta semana</translation>
    </message>
    <message>
        <source>This week's goals: check the ones you met</source>
        <translation>Metas de esta semana: marca las que cumpliste</translation>
    </message>
    <message>
        <source>Triggers this week</source>
        <translation>Detonantes de esta semana</translation>
    </message>
    <message>
        <source>Weekly review saved.</source>
        <translation>Repaso semanal guardado.</translation>
    </message>
    <message>
        <source>What was the hardest moment, and how did you get through it?</source>
        <translation>¿Cuál fue el momento más difícil y cómo lo atravesaste?</translation>
    </message>
    <message>
        <source>What went well</source>
        <translation>Qué salió bien</translation>
    </message>
    <message>
        <source>What went well this week, even something small?</source>
        <translation>¿Qué salió bien esta semana, aunque sea algo pequeño?</translation>
    </message>
    <message>
        <source>Write a few words in at least one box before saving.</source>
        <translation>Escribe unas palabras en al menos un recuadro antes de guardar.</translation>
    </message>
    <message>
        <source>Your plan</source>
        <translation>Tu plan</translation>
    </message>
    <message>
        <source>• {name}: craving fell by {decimals} on average ({times})</source>
        <translation>• {name}: el deseo de consumir bajó {decimals} de promedio ({times})</translation>
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
<context>
    <name>When</name>
    <message>
        <source>A date in the future</source>
        <translation>Una fecha en el futuro</translation>
    </message>
    <message>
        <source>Change the date</source>
        <translation>Cambiar la fecha</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Guardar de todos modos</translation>
    </message>
    <message>
        <source>Save it with that date anyway?</source>
        <translation>¿Guardarlo con esa fecha de todos modos?</translation>
    </message>
    <message>
        <source>This {what} is dated {dates} at {dates2}, which is still to come.</source>
        <translation>Este {what} tiene fecha del {dates} a las {dates2}, que todavía no ha llegado.</translation>
    </message>
</context>
<context>
    <name>WhenEdit</name>
    <message>
        <source>Type when it was, e.g. 15 Oct 2026 14:30.</source>
        <translation>Escribe cuándo fue, p. ej., 15 oct 2026 14:30.</translation>
    </message>
</context>
</TS>
