La Comisión Charbonneau "ya ha hecho caer a dos alcaldes", añade, mientras espera poder llegar a "demostrar las estratagemas existentes detrás de los individuos".
Una unidad permanente anticorrupción, creada en 2011
La Unidad permanente anticorrupción, creada en 2011, se aplica también con su equipo de interventores, investigadores y analistas del gobierno.
Esta unidad funciona además de los policías de "la escuadra Marteau", que, desde 2009, han hecho que el "cártel del alcantarillado" de Montreal se modere a la hora de inflar contratos.
Estas últimas semanas, la unidad ha procedido al registro en serie de las acusaciones por fraude y corrupción contra cargos municipales como Frank Zampino y Richard Marcotte, alcalde de una ciudad de las afueras.
El próximo de la lista sería Gilles Vaillancourt, que acaba de dimitir de su puesto de alcalde de Laval, tercera ciudad de Quebec.
Se sospecha que se ha embolsado repetidos sobornos a cambio de contratos públicos.
Se ha acusado formalmente a ingenieros de la red viaria de Montreal y a empresarios de origen italiano, como Tony Accurso y Lino Zambito.
Él mismo pagó durante tres años un 3% del valor de los contratos obtenidos en Montreal a un intermediario ligado a la mafia que transfirió el dinero a Union Montréal, el partido del alcalde Gérald Tremblay.
M. Zambito repartió dinero a diestro y siniestro durante los años 2000, otorgando más de 88.000 dólares canadienses (unos 68.000 euros) a partidos provinciales, sobre todo a los liberales en el poder.
Admitió, igualmente, haber organizado una colecta de fondos ilegales para la ex-viceprimera ministra liberal, Nathalie Normandeau.
La inflación del coste de los contratos de alcantarillado
Gilles Surprenant, exingeniero de obras públicas, lo explicó perfectamente ante la comisión: en diez años recibió regalos, invitaciones a viajes, torneos de golf, restaurantes, partidos de hockey y sobornos de empresas del sector de la construcción por un total de 736.000 dólares, todo ello a cambio de contratos de alcantarillado cuyos costes infló.
Otros funcionarios de la red viaria han admitido que recibieron dinero por inflar las facturas entre un 30% y un 40% en concepto de falsos extras.
Además, un organizador del partido del alcalde, Martin Dumont, acusó a M. Tremblay de haber hecho la vista gorda deliberadamente a un presupuesto paralelo y llenó sus arcas de dinero sucio.
A raíz de estas revelaciones, M. Tremblay dimitió a principios de noviembre y llevó a Montreal a una crisis enorme.
Chantal Rouleau fue una de las primeras políticas electas de Montreal que hizo sonar la alarma.
Como alcaldesa del distrito de Rivière-des-Prairies, en el este de la isla, se opuso desde 2010 a la venta de un terreno municipal adquirido por 5 millones de dólares y revendido por 1,6 millones a los promotores en pleno boom inmobiliario.
De la investigación que finalmente se llevará a cabo, ella asegura que tira "de un hilo para poder comprender el funcionamiento del sistema, infiltrado por hormigas, para parar la gangrena y pescar a los culpables".
Y añade que el proceso es "doloroso, pero positivo".
Estamos limpiando las heridas pero haría falta una unidad de investigación limpia en Montreal y estar muy alerta para que las prácticas dudosas no se repitan.
Cómo hacer la limpieza.
Regularmente.
Jacques Duchesneau, por su parte, declara que "los funcionarios han robado cientos de millones de dólares", pero está inquieto sobre todo por el papel de los '"políticos electos al corriente de la estratagema".
Estimando en un 70% la proporción de dinero sucio que se destinó a la financiación de campañas electorales en Quebec, ironiza: "me han dicho que eso no es más que un pálido reflejo de la realidad".
El gobierno quebequés propone limitar a 100 dólares las donaciones a partidos, pero eso no cambiará la donación, según él, "mientras no se limiten estrictamente los gastos electorales, habrá dinero sucio en la política".
Preconiza una revisión completa del sistema de otorgamiento de contratos públicos y de financiación de los partidos: "no podemos caer más bajo; ir al fondo de las cosas, con valentía, nos permitirá reconstruir la casa con unas bases más sólidas, con más controles y leyes".
Si esta historia empaña la imagen internacional de Quebec y de Montreal, M. Duchesneau invita a aquellos que se rían a mirarse al espejo.
"¡El PSG no es el FC Barcelona!"
Esta temporada ha adquirido una nueva entidad con el PSG.
¿Cómo explicaría ese avance?
Se podría explicar por una toma de conciencia individual, pero también por la nueva dimensión del PSG.
Han llegado grandes jugadores.
Avanzo de día en día a su lado.
El personal técnico también me ha aportado mucho.
Y esos elementos me empujan a diario a elevar el nivel de mi juego.
En un partido, eso es más fácil.
Todo va muy rápido en el fútbol.
Pero yo no me acaloro.
Desde mis comienzos en el centro de preformación de INF Clairefontaine hasta mi paso por Saint-Etienne, siempre he avanzado a pasos agigantados.
Va a obtener beneficio de la competencia reclutada por Carlo Ancelotti.
Los reclutados de este verano están acostumbrados a disputar partidos de muy alto nivel.
Saben que cada entrenamiento es crucial.
Eso hace que un jugador como yo tenga ganas de luchar y darlo todo.
Por otra parte, Carlo Ancelotti me aporta mucho en cuanto a mi posicionamiento.
Está respaldado por adjuntos como Claude Makelele, que jugaba en la misma posición que yo.
¿Ancelotti es el hombre que necesitaba el equipo?
Por supuesto.
Ancelotti inspira respeto a todos los técnicos.
Hoy por hoy, no hay nadie igual en la Liga 1 y está entre los mejores entrenadores europeos.
Tiene una gran experiencia y ha ganado numerosos títulos con los mejores clubs.
Ha trabajado con grandes jugadores.
Creo que se llevará otros títulos en París.
En enero tuve una conversación muy reconfortante con él.
Yo acababa de salir de una serie de lesiones.
La confianza que tiene en mí explica también mi buen rendimiento.
¿Qué piensa sobre el PSG en la primera parte de la temporada?
En la Liga 1, Lyon nos ha quitado el puesto de líder.
