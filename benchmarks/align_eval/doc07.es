Sin embargo, mientras tanto muchos ciudadanos de las repúblicas de Asia Central que desean trabajar en Rusia reconocen que no sólo no saben la lengua del país al que pretenden ir.
Sino que además en su lengua propia escriben con dificultad.
Por supuesto, esto no es tanto su culpa sino su propia desgracia: son pocos los turkmenos, uzbecos, tayikos que puedan darse el lujo de recibir educación primaria normal.
Esto se debe a que sus familias incluso no tienen nada que dar de comer a los niños, por no hablar ya de vestirlos, calzarlos y comprarles lo necesario para la escuela.
Al llegar a la adolescencia, estos chicos se aventuran a trabajar a la primera oportunidad.
Es difícil, si no se sabe la lengua, reconocen ellos.
"Uno se siente humillado e inferior".
Sin embargo, en lo que se refiere a la ley sobre la lengua, los defensores de los derechos señalan un punto importante.
Los exámenes se llevarán a cabo sólo para aquellos inmigrantes cuyo estatus sea legal.
Si no tienen ese estatus, no habrá ni examen y, en consecuencia, ningún trabajo oficial.
Mientras tanto, la mayoría de los trabajadores inmigrantes siguen viviendo en Rusia ilegalmente.
"Bienvenidos o prohibido el paso a extraños"
Muchos visitantes afirman que recibir el estatus oficial en nuestro país no es tan fácil.
La causa está en los obstáculos burocráticos y en las dificultades de la lengua en sí.
Además, la legalización cuesta dinero: de doce mil a dieciséis mil rublos.
Sin embargo, una inscripción falsa se puede hacer rápidamente y por sólo mil quinientos rublos.
Los empleados de la policía rusa saben que generalmente llevamos documentos falsos, no estamos inscritos y aparecen los casos de extorsión.
"Nos piden cien o doscientos rublos para cigarrillos o té", comentó a los periodistas el ciudadano de Tayikistán, Umed Hushkadamov.
"Vamos, no seas tacaño, compra una pintura"
El primer día de la entrada en vigor de la ley sobre la lengua, se puso de manifiesto que no sólo los documentos de registro de inmigrantes pueden ser falsos.
Varios certificados "falsos" de conocimiento de la lengua ya han sido incautados por funcionarios del Servicio Federal de Inmigración.
Los documentos falsificados habían sido impresos en impresoras estándar de color.
Por supuesto, llegaron a las manos de los nuevos propietarios no como regalo: cada inmigrante, queriéndose facilitar la tarea de pasar las pruebas, pagó por el documento siete mil rublos.
Esto es dos veces y medio más caro que el procedimiento oficial de examen, que costará al trabajador inmigrante tres mil rublos.
La principal tarea para un futuro próximo es proteger el sistema contra la corrupción para que los "diplomas" no se puedan comprar, convergen los funcionarios del gobierno y los defensores de los derechos.
Hasta el momento, las autoridades pueden prometer a los trabajadores inmigrantes que no hubieran podido pasar con éxito el examen la primera vez más tiempo para estudiar el curso básico de la lengua.
Además, a los inmigrantes que no hablen ruso se les ofrecerán trabajos que no requieren comunicación activa con las personas.
El Ministerio del Interior no toma medidas drásticas contra el comercio ilegal de armas
El porcentaje de delitos cometidos con armas registradas es bastante reducido
El Ministerio del Interior propone aplicar la ley con mayor rigidez en relación a los propietarios de armas de uso civil.
Esta es la reacción del gobierno ante los recientes incidentes: Apretar disparos durante celebraciones de bodas en las que por suerte no hubo víctimas, y la masacre iniciada por el abogado moscovita Dimitri Vinográdov, en la que Apretar siete personas perdieron la vida.
La policía quiere prohibir el uso y la posesión de armas traumáticas en lugares públicos y elevar la edad mínima para la obtención de licencia para portar armas, de 18 años a 21 años.
Esta idea fue apoyada por la jefa del comité de la Duma en materia de seguridad y lucha contra la corrupción, Irina Yarovaya, quien prometió que las reformas en la ley sobre la posesión armas serán llevadas a la Duma del Estado en un futuro próximo.
No todos se sienten contentos con el hecho de que las autoridades rusas estén tratando de contrarrestar este problema aplicando la "política de mano dura".
En la red ha aparecido una carta abierta, cuyos autores, representantes de diversas organizaciones sociales de tiradores, exigen que se desista de tales medidas de "rigurosidad sin sentido".
El porcentaje de actos de vandalismo con uso de armas registradas es mínimo, comentó al servicio de noticias BBC de Rusia, el abogado criminalista Vasiliy Lésnikov.
Según estadísticas del Ministerio del Interior, durante seis meses del año 2012 se cometieron 142 delitos con uso de armas de fuego registradas en órganos del Interior, frente al total de 1168 delitos registrados para este mismo periodo.
Los autores de la carta abierta están seguros de que una legislación más estricta en el sector de armas de uso civil no será un inconveniente para que el delincuente se dirija al mercado negro.
Ahora, según sus palabras, en Moscú se puede encontrar cualquier arma a bajo precio.
Mientras tanto, en el Ministerio del Interior se afirma que la situación de la proliferación de armas ilegales se encuentra bajo control.
Proveedores: desde fábricas hasta oficiales
