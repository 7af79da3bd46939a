Uno de cada cinco niños tienen cuentas secretas en las redes sociales a espaldas de sus padres
"Hemos decidido privilegiar un grupo de 31 proyectos emblemáticos que mejorarán la conexión de los espacios de América del Sur, especialmente en zonas rurales y de fronteras...uniendo a nuestros países y generando nuevos circuitos económicos", dijo el presidente peruano en un mensaje leído.
Uno de cada cinco niños (algunos incluso de 11 años) tienen cuentas secretas en las redes sociales a espaldas de sus padres y profesores.
Según revela una encuesta
La encuesta, realizada a 20 000 alumnos de secundaria, reveló un crecimiento en las páginas falsas de Instagram
Las noticias han agudizado los temores a que se publique contenido sexual
Un 20 % de los alumnos afirmaron tener una cuenta "principal" que muestran a sus padres Uno de cada cinco niños (algunos incluso de 11 años) crean cuentas en redes sociales que ocultan a los adultos.
Una encuesta realizada a 20 000 alumnos de secundaria reveló el rápido crecimiento que se ha experimentado en cuentas falsas de Instagram, un sitio de referencia para compartir fotos.
Las noticias han agudizado los temores a que se publique contenido sexual.
Un 20 % de los alumnos afirmó que tenían una cuenta "principal" saneada que mostraban a sus padres, a la vez que tenían otras privadas.
Una madre que se encontró por casualidad con el sito secreto de su hija de 13 años vio cómo un adolescente animaba a otros a "violarme".
La investigación, realizada por la Digital Awareness UK and the Headmasters" and Headmistresses" Conference (HMC) de colegios independientes, descubrió que un 40 % de niños de entre 11 y 18 años tenían dos perfiles, y la mitad de ellos admitía tener cuentas privadas.
Mike Buchanan, director de HMC, afirmó: "Es alarmante que tantos adolescentes se sientan tentados de crear espacios en Internet donde sus padres y profesores no puedan encontrarlos".
Eilidh Doyle será la "voz de los atletas" en la directiva de la federación de atletismo de Escocia
Eilidh Doyle ha sido elegida para formar parte de la directiva de la federación de atletismo de Escocia como directora no ejecutiva en la reunión general anual del órgano de administración.
Doyle es la atleta más galardonada en pista y campo de Escocia y su presidente, Ian Beattie, describió el cambio como una gran oportunidad para aquellos que pretenden que el deporte se beneficie de su gran experiencia a nivel internacional en la pasada década.
"A Eilidh se le reconoce y respeta en toda la comunidad de atletismo de Escocia, Reino Unido y el mundo entero, y estamos seguros de que el atletismo en Escocia se beneficiará enormemente al contar con ella en su directiva", dijo Beattie.
Doyle dijo: "Me gusta ser la portavoz de los atletas y espero poder aportar cosas y ayudar a desarrollar el deporte en Escocia".
El americano, que ganó los 200 metros y los 400 metros en los Juegos Olímpicos de 1996 en Atlanta entre los cuatro oros que ganó y ahora es un experto habitual en la BBC, sufrió un ataque isquémico transitorio que le dejó sin poder caminar.
Escribió en Twitter: "Hace un mes, sufrí un accidente cerebrovascular. No podía caminar.
Según los médicos, solo el tiempo determinaría si me recuperaría o hasta qué punto lo haría.
Ha sido agotador, pero conseguí recuperarme totalmente, tuve que aprender de nuevo a caminar y actualmente estoy haciendo ejercicios de agilidad.
¡Gracias por los mensajes y palabras de ánimo!"
El anuncio del sacaleches donde se compara a las madres con vacas divide a la opinión en Internet
Una empresa de sacaleches ha dividido a la opinión pública en Internet con un anuncio donde se compara a las madres que dan el pecho con vacas a las que ordeñan.
Para marcar el lanzamiento de lo que en teoría es el "primer sacaleches silencioso del mundo", la empresa de tecnología para el consumidor Elvie publicó un anuncio inspirado en un vídeo con música algo irónica donde se muestra a unas madres que cuentan la libertad que les da el nuevo extractor de leche.
Cuatro mujeres reales bailan en un granero lleno de heno a modo de pista de baile, junto con unas vacas, con letras como: "Sí, me ordeño yo sola, pero no tengo cola" y "Por si acaso no lo has notado, no son ubres, son mis pechos".
El coro sigue diciendo: "Ordéñalas, ordéñalas, estoy alimentando a sus bebés, ordéñalas, ordéñalas, estoy ordeñando a mis mujeres".
Sin embargo, el anuncio, que se publicó en la página de Facebook de la empresa, ha creado una gran controversia.
Si bien la mortalidad ha bajado significativamente en los últimos años, en el caso de México, el número de personas que mueren de sida bajó de 6,678 casos en 2007 a 4,862 en 2011 (reporte anual de ONUSIDA), también es cierto que desde la aparición del sida, 60 por ciento de los pacientes en la base de datos nacional han fallecido.
Con 77 000 visualizaciones y cientos de comentarios, el vídeo ha recibido reacciones de todo tipo de personas que lo han visto, donde muchas dicen que logra poner el foco en los "horrores" del sector lechero.
"Una decisión muy desafortunada poner vacas para anunciar este producto.
El extractor de leche Elvie se adapta discretamente en un sujetador de lactancia (Elvie/Mother).
Otra persona comentaba: "Traumático para la madre y para el bebé.
Pero, sí, ¿por qué no usarlos para anunciar un extractor de leche para madres que sí se quedan con sus bebés?"
Otro comentario fue: “Vaya un anuncio más descabellado”.
Sin embargo, otras personas defendieron el anuncio, como una mujer que admitía que la canción le resultaba “desternillante”.
“Creo que es una idea genial.
Si aún diera de mamar, seguro que tendría uno.
Al usar la bomba, me sentía totalmente como una vaca.
El anuncio es un poco alocado, pero no le doy más vueltas a ello.
Es una genialidad de producto”, nos decía una mujer.
Otra persona nos comentaba: “Es un anuncio gracioso dirigido a las madres que usan una bomba de lactancia (en ocasiones en el lugar de trabajo o en aseos públicos), lo que hace que se sientan como vacas.
En el anuncio ni se elogia ni se juzga el sector lácteo”.
El concepto de la campaña se basa en la percepción de que muchas mujeres que se sacan la leche con la bomba dicen que se sienten como vacas.
Sin embargo, la Elvie Pump es totalmente silenciosa, no tiene cables ni tubos, y se acopla discretamente dentro del sujetador de lactancia, lo que hace que sus usuarias puedan moverse, sujetar a sus bebés e incluso salir a la calle con la bomba en funcionamiento.
Ana Balarin, socia y ECD de Mother, nos comenta: “La Elvie Pump es un producto tan revolucionario que se merecía un lanzamiento atrevido y provocador.
Al mostrar el paralelismo entre unas mujeres expresivas y las vacas lecheras, lo que pretendíamos era llamar la atención sobre el uso de las bombas de lactancia y sus retos, a la vez que demostrábamos de una manera entretenida y próxima la increíble sensación de libertad que ofrece la nueva bomba.
Esta no es la primera vez que la bomba Elvie aparece en los titulares.
