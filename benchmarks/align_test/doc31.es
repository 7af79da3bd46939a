Mira esto: Sergio Agüero, del Manchester City, esquiva a toda la defensa del Brighton para marcar un gol
Sergio Agüero y Raheem Sterling reventaron la defensa del Brighton en la victoria 2-0 que el Manchester City obtuvo el sábado en el Etihad Stadium de Manchester (Inglaterra).
Para Agüero, fue ridículamente fácil marcar un gol en el minuto 65.
El mediapunta argentino recibió un pase en el medio campo al principio de la jugada.
Corrió entre tres defensas del Brighton antes de adentrarse en campo abierto.
Una vez ahí, se vio rodeado de cuatro camisetas verdes.
Esquivó a un defensa antes de superar a varios más en el borde del área del Brighton.
Hizo un pase a la izquierda, donde estaba Sterling.
El delantero inglés usó su primer toque en el área para devolver el balón a Agüero, quien lo golpeó con el pie derecho para evitar al portero Mathew Ryan con un tiro que llegó a la parte derecha de la red.
“Agüero tiene algunos problemas en el pie”, comentó Pep Guardiola, entrenador del City, a los periodistas.
“Hablamos de que jugaría entre 55 y 60 minutos.
Eso fue lo que sucedió.
Tuvimos suerte de que marcase un gol en ese momento”.
Sin embargo, fue Sterling el que dio a los Sky Blues la ventaja inicial en la contienda de la Premier League.
El gol llegó en el minuto 29.
En esa jugada, Agüero recibió el balón muy dentro del territorio del Brighton.
Hizo un bonito pase de balón al flanco izquierdo para Leroy Sane.
Sane le dio algunos toques antes de dirigir a Sterling hacia el segundo palo.
El delantero del Sky blues lanzó el balón a la red justo antes de salirse de los límites.
El City se enfrenta con el Hoffenheim en un partido de grupo de la Liga de Campeones el martes a las 12:55 en el Rhein-Neckar-Arena de Sinsheim (Alemania).
Scherzer quiere aguarles la fiesta a los Rockies
Con los Nationals eliminados de la contienda por los playoff, no había ninguna razón para forzar otra apertura.
Aun así, el siempre competitivo Scherzer espera pisar el montículo el domingo contra los Colorado Rockies, pero solo si estos, triunfaron ante Los Angeles Dodgers en la División Oeste de la Liga Nacional, aún tienen oportunidades en los playoff.
Los Rockies aseguraron al menos un puesto wildcard gracias a la victoria 5-2 sobre los Nationals el viernes por la noche.
Pero aún persiguen su primer título de división.
“Aunque no nos jugamos nada, al menos podemos pisar la goma con la certeza de que el público de Denver estará animado y de que el otro equipo probablemente jugara al nivel más alto al que me haya enfrentado este año.
¿Por qué no querría participar?”
Los Nationals aún tienen que anunciar un abridor para el domingo, pero parece que se inclinan a dejar lanzar a Scherzer en esa situación.
Scherzer, que haría su apertura número 34, hizo una sesión de práctica el jueves y retornará a su descanso normal el domingo.
El historial del diestro de Washington es de 18 victorias y 7 derrotas, con un ERA de 2,53 y 300 strikeouts con 2/3 en 220 entradas.
Trump da un mitin en West Virginia
El presidente hizo referencias indirectas a la situación en torno a Brett Kavanaugh, su selección para el Tribunal Supremo.
Al hablar de la importancia de la participación republicana en las elecciones a mitad de mandato.
“En noviembre está en juego todo lo que hemos hecho.
Faltan cinco semanas para una de las elecciones más importantes de nuestras vidas.
Es una de las más importantes. No me presento, pero sí que es una carrera, por eso voy de un sitio a otro luchando por conseguir grandes candidatos”, afirmó.
Y continuó: “Tenemos a este terrible grupo radical de demócratas, está pasando ahora mismo.
Y están decididos a recuperar el poder por todos los medios necesarios, se ve la mezquindad, la maldad.
No les importa a quién hacen daño ni a quién tienen que pasar por encima para conseguir poder y control, eso es lo que quieren, poder y control. Y no vamos a dárselo”.
Los demócratas, afirmó, están embarcados en una misión de “resistencia y obstrucción”.
“Lo hemos visto estos últimos cuatro días”, dijo, diciendo que los demócratas “estaban furiosos, eran malos, horribles y falsos”.
Hizo referencia a la Comisión Judicial del Senado nombrando a la senadora demócrata Dianne Feinstein, que recibió los abucheos del público.
“¿Recordáis su respuesta?
¿Filtro usted el documento?
Mmm, Mmm, ¿qué?
No, no mmm, espero una respuesta. Su lenguaje corporal fue terrible, el peor que he visto nunca”.
