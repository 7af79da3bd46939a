Londonderry: hombres arrestados por embestir una casa con un coche
Tres hombres, de 33, 34 y 39 años, han sido arrestados después de embestir repetidamente una casa de Londonderry con un coche.
El incidente se produjo el jueves hacia las 19:30 en Ballynagard Crescent.
El inspector Bob Blemmings comentó que se causaron daños en los accesos y en el propio edificio.
En algún momento, es posible que se haya disparado al coche con una ballesta.
Un ataque de Menga otorga la victoria 1-0 al Livingston contra los Rangers
El primer gol de Dolly Menga para el Livingston aseguró la victoria
Un Livingston promocionado impresionó a los Rangers al conseguir la segunda derrota para Steven Gerrard en 18 partidos como entrenador del club del Ibrox.
Esta temporada, los de Gerrard aún no han conseguido ninguna victoria fuera de casa y el próximo domingo se enfrentan al Hearts, líderes de la tabla con ocho puntos de ventaja.
Antes, los Rangers reciben al Rapid Viena el jueves en la Liga Europa.
Mientras tanto, el Livingston amplía su racha de victorias en la división a seis partidos. Holt, entrenador titular, aún no ha saboreado la derrota desde que sustituyó a Kenny Miler el mes pasado.
Livingston deja pasar oportunidades frente a un visitante contundente
El equipo de Holt tenía que haber ido un paso por delante mucho antes de marcar, causando todo tipo de problemas a los Rangers por su juego directo.
Scott Robinson superó a la defensa, pero falló su intento delante de portería. Después, a Alan Lithgow le salió el tiro desviado después de internarse para rematar el centro de cabeza de Craig Halkett delante de la portería.
El equipo anfitrión se conformaba con dejar que los Rangers jugasen delante de ellos, sabiendo que podrían causar problemas a los visitantes con las jugadas a balón parado.
Así fue como llegó el gol decisivo.
Los Rangers les concedieron un tiro libre y Livingston buscó una entrada, con una jugada combinada de Declan Gallagher y Robinson para Menga, que golpeó el balón y marcó desde el centro del área.
En ese momento, los Rangers dominaban la posesión, pero no conseguían pasar la defensa del anfitrión y el portero, Liam Kelly, estaba bastante tranquilo.
Ese juego continúo hasta la segunda parte, aunque Alfredo Morelos forzó una parada de Kelly.
Allan McGregor, portero de los Rangers rechazó un tiro de Scott Pittman de una patada, y Lithgow quedó lejos de otra jugada del Livingston.
En el área del Livingston entraban pases largos constantemente, pero siempre eran despejados. Se rechazaron dos peticiones de penalti, una tras una entrada de Halkett sobre el suplente Glenn Middleton y otra por una mano.
“Fenomenal” del Livingston (análisis)
Alasdair Lamont de BBC Escocia en el estadio Tony Macaroni
Una actuación y un resultado fenomenales para el Livingston.
La opinión unánime es que hicieron un juego excelente que siguió superando las expectativas de una trayectoria ascendente.
Su estilo de juego y su plantilla apenas han experimentado cambios desde su ascenso, pero esto se debe en gran parte a Holt por la forma en que ha reforzado al equipo desde su llegada.
Contaba con muchos héroes.
Halkett, el capitán del equipo, fue enorme y dirigió una defensa magníficamente organizada, mientras que Menga mantuvo a Connor Goldson y Joe Worrall alerta en todo momento.
Sin embargo, a los Rangers les faltó inspiración.
Aunque tuvieron momentos muy buenos con Gerrard, se quedaron cortos.
Les faltó materializar las jugadas, ya que solo consiguieron adentrarse en el campo contrario una vez, lo cual es una llamada de atención a los Rangers, que están en la mitad de la tabla.
