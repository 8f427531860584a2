result:solve["red blue blue green green green"];
show result;
