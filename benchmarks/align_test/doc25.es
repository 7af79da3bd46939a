La reunión de Trump con Rosenstein podría posponerse de nuevo, según la Casa Blanca
La reunión de alto riesgo de Donald Trump con el vicefiscal general Rod Rosenstein podría "posponerse otra semana", ya que continúa la disputa sobre el candidato al Tribunal Supremo Brett Kavanaugh, afirmó la Casa Blanca el domingo.
Rosenstein supervisa el trabajo del asesor especial Robert Mueller, que está investigando las interferencias en las elecciones rusas.
Vínculos entre ayudas de Trump y Rusia, y una posible obstrucción de la justicia por parte del presidente.
La expectación ante si Trump decide despedir al vicefiscal general o no y, de este modo, comprometer la independencia de Mueller ha alimentado los cotilleos de Washington durante meses.
A principios de este mes, el New York Times informó de que Rosenstein grabó las conversaciones que mantuvo con Trump con un micrófono que él mismo llevaba para tratar de relegar al presidente mediante la 25.ª enmienda.
Rosenstein negó que fuera cierto.
Sin embargo, el pasado lunes fue a la Casa Blanca, entre noticias donde se afirma que estaba a punto de renunciar.
En su lugar, se anunció una reunión con Trump (que en ese momento estaba en las Naciones Unidas en Nueva York) para el jueves.
Trump dijo que "preferiría no" despedir a Rosenstein pero la reunión se tuvo que posponer para evitar un conflicto con la audiencia del Comité Judicial del Senado estadounidense en la que Kavanaugh y una de las mujeres que le acusó de agresión sexual, la Dra. Christine Blasey Ford, testificaron.
El viernes Trump solicitó al FBI que investigara durante una semana las acusaciones contra Kavanaugh, si bien esto supondría retrasar la votación del pleno del Senado.
La secretaria de prensa de Trump, Sarah Sanders, apareció el domingo en Fox News.
Cuando se le preguntó sobre la reunión de Rosenstein, dijo: "No se ha definido ninguna fecha, podría ser esta semana o podría posponerse otra, considerando todo lo que está sucediendo con el Tribunal Supremo.
Lo iremos decidiendo sobre la marcha e iré informando a la prensa, como suelo hacer".
Algunos periodistas refutarían esa afirmación: Sanders no ha realizado ninguna rueda de prensa en la Casa Blanca desde el 10 de septiembre.
El presentador Chris Wallace preguntó cuáles eran los motivos.
Sanders dijo que la escasez de ruedas de prensa no se debía a una aversión hacia los periodistas de TV que actúan con grandilocuencia, aunque dijo: "No discreparé con el hecho de que fanfarronean".
A continuación, ella sugirió que el contacto directo entre Trump y la prensa va a aumentar.
"El presidente realiza más sesiones de preguntas y respuestas que cualquier otro presidente anterior a él", dijo, a la vez que citaba sin pruebas: "Hemos contrastado esos números".
Las ruedas de prensa seguirán realizándose, dijo Sanders, pero "si la prensa tiene la opción de preguntar directamente al presidente de Estados Unidos, creo que es muchísimo mejor que hacérmelas a mí.
Intentamos hacerlo muchas veces y nos habéis visto hacerlo muchas veces en las últimas semanas, de manera que esto reemplazaría una rueda de prensa cuando podáis hablar con el presidente de Estados Unidos".
Trump suele responder a preguntas cuando se va de la Casa Blanca o cuando participa en sesiones públicas o ruedas de prensa con los dignatarios que le visitan.
Las conferencias de prensa con él solo ocurren en muy raras ocasiones.
De hecho, esta semana, en Nueva York, el presidente demostró por qué era así, donde hizo una aparición desenfadada y, en ocasiones bizarra, ante los periodistas que estaban congregados allí.
La Secretaria de Estado de Salud escribe a los trabajadores de la UE del NHS Scotland sobre sus miedos al Brexit
La Secretaria de Estado de Salud ha escrito a la plantilla de la UE que trabaja en el HHS de Escocia para expresar la gratitud del país y su deseo de que sigan con ellos tras el Brexit.
Jeane Freeman MSP envió una carta apenas seis meses antes de que el Reino Unido se retire de la UE.
El gobierno escocés ya se ha comprometido a cubrir el coste de las solicitudes de ciudadanía para miembros de la UE que trabajen en los servicios públicos que no dependen del poder central.
En su carta, la Sra. Freeman escribió: "Durante el verano, han seguido las negociaciones entre el Reino Unido y la Unión Europea sobre la salida en las que se optaba por tomar las decisiones esperadas este otoño.
Sin embargo, el gobierno de Reino Unido también ha intensificado los preparativos en torno a un posible escenario en el que no hubiera acuerdo.
Sé que todo esto debe ser muy desconcertante para vosotros.
Y es, por ello mismo, que quisiera reiterar ahora cuánto valoro la contribución de cada uno de los miembros del personal, independientemente de su nacionalidad.
Profesionales de toda la UE y otros países aportan una valiosa experiencia y muchas habilidades que refuerzan y mejoran el trabajo del servicio de salud, del que se benefician los pacientes y las comunidades a las que servimos.
Escocia es, sin lugar a dudas, vuestro hogar y nos encantaría seguir contando con vosotros".
