El protagonista de Still Game quiere orientar su carrera hacia el sector de la restauración
Ford Kieran, protagonista de Still Game, parece determinado a pasarse al sector de la restauración tras revelarse que ha sido nombrado director de una cadena de restaurantes.
El actor de 56 años es Jack Jarvis en el famoso programa de la BBC, que escribe y coprotagoniza con su compañero de comedia de muchos años, Greg Hemphill.
El dúo ha anunciado que la novena temporada será la última de la serie, y parece que Kiernan está haciendo planes para su vida después de Craiglang.
Según el registro oficial, es el director de Adriftmorn Limited.
El actor no quiso hacer ningún comentario sobre el asunto, aunque una fuente del Scottish Sun apuntó que Kiernan quería involucrarse en el “floreciente mercado de la restauración” de Glasgow.
“El mar nos pertenece”: una Bolivia sin litoral tiene la esperanza de que el tribunal reabra la ruta al Pacífico
Los marineros vigilan un cuartel general naval en La Paz.
En los edificios públicos ondean banderas azul marino.
Desde el lago Titicaca hasta el Amazonas, las bases navales muestran el lema: “El mar nos pertenece por derecho,
Israel: el laboratorio del caos.
recuperarlo es un deber”.
En toda Bolivia, una tierra sin mar, aún recuerdan vívidamente la costa perdida ante Chile en un sangriento conflicto por los recursos que tuvo lugar en el siglo XIX, además del anhelo por volver a navegar por el océano Pacífico.
Puede que estas esperanzas sean las mayores en décadas, ya que Bolivia espera una resolución del Tribunal Internacional de Justicia para el uno de octubre, tras cinco años de deliberaciones.
“Bolivia tiene el impulso, un espíritu de unidad y serenidad y, por supuesto, está esperando el resultado con una visión positiva”, comentó Roberto Calzadilla, un diplomático boliviano.
Muchos bolivianos observarán el fallo del Tribunal Internacional de Justicia en grandes pantallas repartidas por todo el país, con la esperanza de que el tribunal de La Haya se pronuncie a favor de la reclamación de Bolivia de que, tras décadas de conversaciones intermitentes, Chile tenga la obligación de negociar para conceder a Bolivia una salida soberana al mar.
Evo Morales, el carismático presidente indígena de Bolivia, que libra una controvertida batalla por la reelección el año que viene, también tiene mucho que decir sobre la resolución del lunes.
“Estamos muy cerca de volver al océano Pacífico”, prometió a finales de agosto.
Sin embargo, algunos analistas creen que es poco probable que el tribunal decida a favor de Bolivia y que la situación cambiaría poco si así lo hiciera.
El organismo de la ONU con sede en los Países Bajos no tiene poder para adjudicar territorio chileno y ha estipulado que no determinará el resultado de posibles conversaciones.
El hecho de que la resolución del Tribunal Internacional de Justicia llegue solo seis meses después de los alegatos finales indica que el caso “no fue complicado”, afirmó Paz Zárate, experta chilena en derecho internacional.
Lejos de promover la causa de Bolivia, puede que los últimos cuatro años la hayan entorpecido.
“El problema del acceso al mar ha sido secuestrado por la actual administración boliviana”, dijo Zárate.
Además, sugirió que la retórica beligerante de Morales ha minado cualquier buena voluntad chilena residual.
Bolivia y Chile continuarán hablando en algún momento, pero será extremadamente difícil mantener conversaciones después de esto.
Los dos países no intercambian embajadores desde 1962.
El expresidente Eduardo Rodríguez Veltzé, representante de Bolivia en La Haya, rechazó la idea de que la toma de decisiones del tribunal fuese inusualmente rápida.
El lunes se ofrecerá a Bolivia “una oportunidad extraordinaria para abrir una nueva era de relaciones con Chile” y la posibilidad de “poner fin a 139 años de desacuerdos con beneficios mutuos”, afirmó.
Asimismo, Calzadilla negó que Morales, que aún es uno de los presidentes más populares de América Latina, utilizara el tema marítimo como muleta política.
“Bolivia nunca renunciará a su derecho a tener acceso al océano Pacífico”, añadió.
“La resolución es una oportunidad para ver que tenemos que dejar atrás el pasado”.
